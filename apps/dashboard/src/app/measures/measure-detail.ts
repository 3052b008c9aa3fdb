import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { type Measure, type Problem } from '@klimaschutz/contracts';
import { PRIORITY_LABELS } from '../shared/labels';
import { Observable, catchError, filter, map, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { pageTitle } from '../shell/page-title-strategy';
import { AssessmentBadge, StatusBadge } from '../shared/badges';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDatePipe, FormatDateTimePipe, FormatEurPipe, FormatNumberPipe, YesNoPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { EmissionsApi } from '../emissions/emissions-api';
import { MeasureApi } from './measure-api';
import { MeasureHistory } from './measure-history';
import { MeasureMilestones } from './measure-milestones';
import { MeasurePublication } from './measure-publication';
import { MeasurePublicNotes } from './measure-public-notes';
import { MeasureIndicators } from './measure-indicators';
import { MeasureRelated } from './measure-related';
import { MeasureReports } from '../reporting/measure-reports';
import { noticeFromNavigation } from '../shared/record-editing';

/** The Steckbrief: every field of a measure, its milestones, Sachstandsmeldungen, the Stabsstelle's related work and its change history. */
@Component({
  selector: 'ksc-measure-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    StatusBadge,
    AssessmentBadge,
    ProblemAlert,
    MeasureMilestones,
    MeasureHistory,
    MeasurePublication,
    MeasurePublicNotes,
    MeasureRelated,
    MeasureIndicators,
    MeasureReports,
    FormatDatePipe,
    FormatDateTimePipe,
    FormatEurPipe,
    FormatNumberPipe,
    YesNoPipe,
  ],
  templateUrl: './measure-detail.html',
  styles: `
    .archived-note {
      margin-top: 0.5rem;
    }
    .code {
      display: block;
      font: var(--mat-sys-title-medium);
      color: var(--ksc-text-muted);
    }
    .notes {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    ul.plain {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class MeasureDetail {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(MeasureApi);
  private readonly title = inject(Title);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);
  private readonly emissions = inject(EmissionsApi);

  protected readonly user = inject(AuthSession).user;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly texts = {
    publicationSaved: $localize`:@@measures.detail.publicationSaved:Die Angaben zur Veröffentlichung wurden gespeichert.`,
    noNotes: $localize`:@@measures.detail.noNotes:Keine internen Notizen.`,
  };
  protected readonly measure = signal<Measure | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(noticeFromNavigation(this.router));
  /** Bumped after every write so the change history reloads. */
  protected readonly historyRevision = signal(0);
  protected readonly permissions = computed(() => this.measure()?.permissions);
  /** The GHG balance sector the measure acts on, by name; the sectors are asked for only when it names one. */
  protected readonly emissionSector = toSignal(
    toObservable(computed(() => this.measure()?.emissionSectorId ?? null)).pipe(
      switchMap((id) =>
        id
          ? this.emissions.sectors().pipe(
              map((sectors) => sectors.find((s) => s.id === id)?.name ?? null),
              catchError(() => of(null)),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  protected readonly ghgShare = computed(() => {
    const m = this.measure();
    if (!m?.ghgReductionTargetT || m.ghgReductionAchievedT === null) {
      return null;
    }
    return (m.ghgReductionAchievedT / m.ghgReductionTargetT) * 100;
  });

  constructor() {
    const initialNotice = this.notice();
    if (initialNotice) {
      void this.announcer.announce(initialNotice);
    }
    toObservable(this.id)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected onChanged(measure: Measure, message: string): void {
    this.measure.set(measure);
    this.historyRevision.update((n) => n + 1);
    this.showNotice(message);
  }

  protected onMilestonesChanged(message: string): void {
    this.showNotice(message);
    this.load(this.id()).subscribe(() => this.historyRevision.update((n) => n + 1));
  }

  protected archive(): void {
    const m = this.measure();
    if (!m) return;
    confirmAction(this.dialog, {
      title: $localize`:@@measures.detail.archiveConfirm.title:Maßnahme archivieren?`,
      message: $localize`:@@measures.detail.archiveConfirm.message:„${m.code}:code: ${m.title}:title:“ wird archiviert. Sie bleibt lesbar und kann wiederhergestellt werden.`,
      confirmLabel: $localize`:@@measures.detail.archiveConfirm.confirm:Archivieren`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.write(this.api.archive(m.id))),
      )
      .subscribe((updated) => updated && this.onChanged(updated, $localize`:@@measures.detail.archived:Die Maßnahme wurde archiviert.`));
  }

  protected restore(): void {
    const m = this.measure();
    if (!m) return;
    this.write(this.api.restore(m.id)).subscribe(
      (updated) => updated && this.onChanged(updated, $localize`:@@measures.detail.restored:Die Maßnahme wurde wiederhergestellt.`),
    );
  }

  private write(request: Observable<Measure>): Observable<Measure | null> {
    this.busy.set(true);
    this.problem.set(null);
    return request.pipe(
      tap(() => this.busy.set(false)),
      catchError((error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private load(id: string): Observable<Measure | null> {
    return this.api.get(id).pipe(
      tap((measure) => {
        this.measure.set(measure);
        this.problem.set(null);
        this.loading.set(false);
        this.title.setTitle(pageTitle(`${measure.code} ${measure.title}`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private showNotice(message: string): void {
    this.notice.set(message);
    void this.announcer.announce(message);
  }
}
