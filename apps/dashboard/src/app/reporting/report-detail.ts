import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { type Problem, type ProgressReport } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS } from '../shared/labels';
import { Observable, catchError, filter, of, switchMap, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { pageTitle } from '../shell/page-title-strategy';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import type { ReportingNotice } from './inbox';
import { ReportStateBadge } from './report-badges';
import { compareReports, periodName, reviewOutcome, revisionLabel } from './report-compare';
import { ReportComparison } from './report-comparison';
import { ReportingApi } from './reporting-api';

/** One Sachstandsmeldung as submitted, with its review and the next step its reader may take. */
@Component({
  selector: 'ksc-report-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ProblemAlert, ReportStateBadge, ReportComparison, FormatDateTimePipe],
  templateUrl: './report-detail.html',
  styles: `
    .subtitle {
      display: block;
      font: var(--mat-sys-title-medium);
      color: var(--ksc-text-muted);
    }
  `,
})
export class ReportDetail {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(ReportingApi);
  private readonly title = inject(Title);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);

  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly reviewOutcome = reviewOutcome;
  protected readonly revisionLabel = revisionLabel;
  protected readonly periodName = periodName;
  protected readonly mayReadInbox = inject(AuthSession).hasRole('DEPARTMENT', 'CLIMATE_MANAGER');
  protected readonly report = signal<ProgressReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(
    (this.router.currentNavigation()?.extras.state as ReportingNotice | undefined)?.notice ?? null,
  );
  /** The report's content, field by field, in the comparison table's form. */
  protected readonly rows = computed(() => {
    const r = this.report();
    return r ? compareReports(null, r, this.locale) : [];
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

  protected submit(): void {
    const r = this.report();
    if (!r) return;
    confirmAction(this.dialog, {
      title: $localize`:@@reporting.report.submitConfirm.title:Sachstandsmeldung einreichen?`,
      message: $localize`:@@reporting.report.submitConfirm.message:Die Meldung geht an das Klimaschutzmanagement zur Prüfung und kann danach nicht mehr geändert werden.`,
      confirmLabel: $localize`:@@reporting.report.submit:Einreichen`,
    })
      .pipe(
        filter(Boolean),
        tap(() => {
          this.busy.set(true);
          this.problem.set(null);
        }),
        switchMap(() => this.api.submitReport(r.id, r.version)),
      )
      .subscribe({
        next: (saved) => {
          this.busy.set(false);
          this.report.set(saved);
          this.notice.set($localize`:@@reporting.report.submitted:Die Sachstandsmeldung wurde eingereicht und wartet auf die Prüfung.`);
          void this.announcer.announce(this.notice() ?? '');
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(toProblem(error));
          // Whatever changed meanwhile (a second tab, a colleague) is shown as it is now.
          this.load(r.id).subscribe();
        },
      });
  }

  private load(id: string): Observable<ProgressReport | null> {
    return this.api.report(id).pipe(
      tap((report) => {
        this.report.set(report);
        this.loading.set(false);
        this.title.setTitle(
          pageTitle(
            $localize`:@@reporting.report.pageTitle:Sachstandsmeldung ${report.measure.code}:code: – ${periodName(report)}:period:`,
          ),
        );
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }
}
