import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { Problem, ReportingPeriod } from '@klimaschutz/contracts';
import { Observable, catchError, filter, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { PeriodForm } from './period-form';
import { ReportingApi } from './reporting-api';

/** Reporting periods: list, open a new one, edit, close and reopen (climate managers); read by the leadership. */
import { ListTable, type ListTableTexts } from '../shared/list-parts';

@Component({
  selector: 'ksc-period-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListTable, RouterLink, MatButtonModule, ProblemAlert, PeriodForm, FormatDatePipe, FormatDateTimePipe],
  templateUrl: './period-list.html',
})
export class PeriodList {
  protected readonly tableTexts: ListTableTexts = {
    region: $localize`:@@reporting.periods.tableLabel:Tabelle der Berichtszeiträume`,
    caption: $localize`:@@reporting.periods.caption:Berichtszeiträume, neueste zuerst`,
    loading: $localize`:@@reporting.periods.loading:Berichtszeiträume werden geladen …`,
    empty: $localize`:@@reporting.periods.empty:Es gibt noch keinen Berichtszeitraum.`,
  };
  private readonly api = inject(ReportingApi);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly session = inject(AuthSession);
  private readonly injector = inject(Injector);
  private readonly newButton = viewChild<ElementRef<HTMLButtonElement>>('newButton');

  protected readonly canManage = computed(() => this.session.hasRole('CLIMATE_MANAGER'));
  protected readonly periods = signal<ReportingPeriod[]>([]);
  protected readonly loading = signal(true);
  protected readonly busyId = signal<string | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** `undefined`: no form; `null`: form for a new period; otherwise the one being edited. */
  protected readonly editing = signal<ReportingPeriod | null | undefined>(undefined);
  private readonly revision = signal(0);

  constructor() {
    toObservable(this.revision)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(() =>
          this.api.periods().pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) this.periods.set(page.items);
      });
  }

  protected onSaved(event: { period: ReportingPeriod; message: string }): void {
    this.closeForm();
    this.problem.set(null);
    this.showNotice(event.message);
    this.reload();
  }

  /** Hides the form and returns keyboard focus to the button that opens it. */
  protected closeForm(): void {
    this.editing.set(undefined);
    afterNextRender(() => this.newButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected close(period: ReportingPeriod): void {
    confirmAction(this.dialog, {
      title: $localize`:@@reporting.periods.closeConfirm.title:Berichtszeitraum abschließen?`,
      message: $localize`:@@reporting.periods.closeConfirm.message:Für „${period.name}:name:“ können danach keine Meldungen mehr angelegt oder eingereicht werden. Bereits eingereichte Meldungen können weiter geprüft werden. Der Zeitraum lässt sich wieder öffnen.`,
      confirmLabel: $localize`:@@reporting.periods.closeConfirm.confirm:Abschließen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.write(period, this.api.closePeriod(period.id))),
      )
      .subscribe(
        (saved) =>
          saved && this.done($localize`:@@reporting.periods.closedNotice:Der Berichtszeitraum „${saved.name}:name:“ wurde abgeschlossen.`),
      );
  }

  protected reopen(period: ReportingPeriod): void {
    this.write(period, this.api.updatePeriod(period.id, { closed: false, version: period.version })).subscribe(
      (saved) =>
        saved &&
        this.done(
          $localize`:@@reporting.periods.reopenedNotice:Der Berichtszeitraum „${saved.name}:name:“ ist wieder offen für Meldungen.`,
        ),
    );
  }

  private write(period: ReportingPeriod, request: Observable<ReportingPeriod>): Observable<ReportingPeriod | null> {
    this.busyId.set(period.id);
    this.problem.set(null);
    return request.pipe(
      tap(() => this.busyId.set(null)),
      catchError((error: unknown) => {
        this.busyId.set(null);
        const problem = toProblem(error);
        this.problem.set(
          problem.status === 409
            ? {
                ...problem,
                detail: $localize`:@@reporting.periods.stale:Der Berichtszeitraum „${period.name}:name:“ wurde inzwischen von jemand anderem geändert. Die Liste wurde neu geladen – bitte erneut versuchen.`,
              }
            : problem,
        );
        if (problem.status === 409) this.reload();
        return of(null);
      }),
    );
  }

  private done(message: string): void {
    this.showNotice(message);
    this.reload();
  }

  private reload(): void {
    this.revision.update((n) => n + 1);
  }

  private showNotice(message: string): void {
    this.notice.set(message);
    void this.announcer.announce(message);
  }
}
