import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { type ProgressReport } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS } from '../shared/labels';
import { filter, tap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe } from '../shared/format-pipes';
import { DetailHeader, DetailStatus, RecordDetail, StepButtons, type WorkflowStep } from '../shared/record-detail';
import { ReportStateBadge } from './report-badges';
import { compareReports, periodName, reviewOutcome, revisionLabel } from './report-compare';
import { ReportComparison } from './report-comparison';
import { ReportingApi } from './reporting-api';

/** One Sachstandsmeldung as submitted, with its review and the next step its reader may take. */
@Component({
  selector: 'ksc-report-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, DetailHeader, DetailStatus, StepButtons, ReportStateBadge, ReportComparison, FormatDateTimePipe],
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
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);

  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly reviewOutcome = reviewOutcome;
  protected readonly revisionLabel = revisionLabel;
  protected readonly periodName = periodName;
  protected readonly mayReadInbox = inject(AuthSession).hasRole('DEPARTMENT', 'CLIMATE_MANAGER');
  protected readonly report = signal<ProgressReport | null>(null);
  protected readonly detail = new RecordDetail({
    id: this.id,
    load: (id) => this.api.report(id),
    loaded: (report) => this.report.set(report),
    pageTitle: (report) =>
      $localize`:@@reporting.report.pageTitle:Sachstandsmeldung ${report.measure.code}:code: – ${periodName(report)}:period:`,
  });
  /** Handing a draft in is the one step taken here; editing, revising and reviewing open their own pages. */
  protected readonly steps = computed((): WorkflowStep[] =>
    this.report()?.permissions.submit
      ? [{ label: $localize`:@@reporting.report.submit:Einreichen`, testId: 'report-submit', primary: true, run: () => this.submit() }]
      : [],
  );
  /** The report's content, field by field, in the comparison table's form. */
  protected readonly rows = computed(() => {
    const r = this.report();
    return r ? compareReports(null, r, this.locale) : [];
  });

  constructor() {
    const initialNotice = this.detail.notice();
    if (initialNotice) {
      void this.announcer.announce(initialNotice);
    }
  }

  protected submit(): void {
    const r = this.report();
    if (!r) return;
    confirmAction(this.dialog, {
      title: $localize`:@@reporting.report.submitConfirm.title:Sachstandsmeldung einreichen?`,
      message: $localize`:@@reporting.report.submitConfirm.message:Die Meldung geht an das Klimaschutzmanagement zur Prüfung und kann danach nicht mehr geändert werden.`,
      confirmLabel: $localize`:@@reporting.report.submit:Einreichen`,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.detail.run(
          // After a refusal, whatever changed meanwhile (a second tab, a colleague) is shown as it is now.
          this.api.submitReport(r.id, r.version).pipe(tap({ error: () => this.detail.reload(r.id) })),
          (saved) => {
            this.report.set(saved);
            return $localize`:@@reporting.report.submitted:Die Sachstandsmeldung wurde eingereicht und wartet auf die Prüfung.`;
          },
        ),
      );
  }
}
