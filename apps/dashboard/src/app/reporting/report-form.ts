import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  ASSESSMENTS,
  MEASURE_STATUSES,
  type Measure,
  type OrgUnitRef,
  type ProgressReport,
  type ReportingPeriod,
} from '@klimaschutz/contracts';
import {
  ASSESSMENT_COLOUR_WORDS,
  ASSESSMENT_LABELS,
  MEASURE_STATUS_LABELS,
  PROGRESS_REPORT_FIELD_LABELS,
  REPORT_ORG_UNIT_ROLE_LABELS,
  REPORT_STATE_LABELS,
} from '../shared/labels';
import { Observable, catchError, filter, forkJoin, map, of, switchMap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { MeasureApi } from '../measures/measure-api';
import { pageTitle } from '../shell/page-title-strategy';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { EditConflict, displayNames } from '../shared/edit-conflict';
import { toProblem } from '../shared/problem';
import { RecordEditing } from '../shared/record-editing';
import { SaveConflict } from '../shared/save-conflict';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import type { ReportingNotice } from './inbox';
import { revisionLabel } from './report-compare';
import {
  createReportForm,
  formValueForNewReport,
  formValueFromReport,
  isReadyToSubmit,
  mayReportOn,
  toReportFields,
  toReportUpdate,
  type ReportFormValue,
} from './report-form-model';
import { ReportingApi } from './reporting-api';
import { GERMAN_INPUTS } from '../shared/german-input-directives';

const TEXT_REQUIRED = $localize`:@@reporting.form.textRequired:Bitte den Sachstand beschreiben, bevor die Meldung eingereicht wird.`;

interface CreateStart {
  measure: Measure;
  periods: ReportingPeriod[];
  periodId: string;
}

/**
 * Write a Sachstandsmeldung: a new one (`/massnahmen/:id/sachstand/neu`), a draft
 * (`/sachstandsmeldungen/:id/bearbeiten`), or – for a report sent back – the next version, with
 * the reviewer's comment on top. Saves as draft or submits for review.
 */
@Component({
  selector: 'ksc-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    ProblemAlert,
    SaveConflict,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
    FormatDatePipe,
    FormatDateTimePipe,
  ],
  templateUrl: './report-form.html',
})
export class ReportForm {
  /** Route parameter `:id`: the measure when creating, otherwise the report. */
  readonly id = input.required<string>();
  /** Route data. */
  readonly mode = input<'create' | 'edit'>('edit');
  /** Query parameter: the period to preselect when creating. */
  readonly zeitraum = input<string>();

  private readonly api = inject(ReportingApi);
  private readonly measures = inject(MeasureApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly session = inject(AuthSession);

  protected readonly labels = PROGRESS_REPORT_FIELD_LABELS;
  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusLabels = MEASURE_STATUS_LABELS;
  protected readonly assessments = ASSESSMENTS;
  protected readonly assessmentLabels = ASSESSMENT_LABELS;
  protected readonly colourWords = ASSESSMENT_COLOUR_WORDS;
  protected readonly roleLabels = REPORT_ORG_UNIT_ROLE_LABELS;
  protected readonly stateLabels = REPORT_STATE_LABELS;
  protected readonly textRequired = TEXT_REQUIRED;
  protected readonly texts = {
    noPeriod: $localize`:@@reporting.inbox.noPeriod:ohne Berichtszeitraum`,
    progressRequired: $localize`:@@reporting.form.progressRequired:Bitte den Fortschritt in Prozent angeben.`,
  };
  protected readonly revisionLabel = revisionLabel;

  protected readonly form = createReportForm(inject(NonNullableFormBuilder));
  protected readonly measure = signal<Measure | null>(null);
  /** The version that was sent back, when this draft answers a revision request. */
  protected readonly predecessor = signal<ProgressReport | null>(null);
  protected readonly periods = signal<ReportingPeriod[]>([]);
  private readonly creating = signal(true);
  /** A stale save of a draft: what the other person changed, and the user's way on. */
  protected readonly conflict = new EditConflict<ProgressReport, ReportFormValue>({
    labels: PROGRESS_REPORT_FIELD_LABELS,
    display: displayNames<ReportFormValue>(
      { status: MEASURE_STATUS_LABELS, assessment: ASSESSMENT_LABELS },
      { periodId: () => this.periods(), orgUnitId: () => this.orgUnitOptions() },
    ),
  });
  protected readonly isCreate = computed(() => this.mode() === 'create');
  /** Loads, saves and shows a refused save of a report being edited (a new one has no record yet). */
  protected readonly editing = new RecordEditing<ProgressReport, ReportFormValue>({
    id: computed(() => (this.isCreate() ? undefined : this.id())),
    form: this.form,
    get: (id) => this.api.report(id),
    toFormValue: formValueFromReport,
    pageTitle: (report) => $localize`:@@reporting.form.pageTitle:${this.headingFor(report)}:heading:: ${report.measure.code}:code:`,
    conflict: this.conflict,
    loaded: (report) => this.loadPredecessor(report),
    stillEditable: (stored) => stored.state === 'DRAFT' && stored.permissions.edit,
  });
  protected readonly report = this.editing.record;
  protected readonly loading = computed(() =>
    this.isCreate() ? this.creating() : this.editing.loading() || (!this.report() && !this.editing.problem()),
  );
  /** Whether the refused save was meant to hand the report in. */
  private submitAfterConflict = false;
  protected readonly notice = signal<string | null>(
    (this.router.currentNavigation()?.extras.state as ReportingNotice | undefined)?.notice ?? null,
  );

  /** The report was sent back: saving creates the next version. */
  protected readonly isRevision = computed(() => this.report()?.state === 'REVISION_REQUESTED');
  protected readonly isClimateManager = computed(() => this.session.role() === 'CLIMATE_MANAGER');
  protected readonly measureRef = computed(() => (this.isCreate() ? this.measure() : this.report()?.measure) ?? null);
  protected readonly mayWrite = computed(() => {
    if (this.isCreate()) {
      const measure = this.measure();
      return !!measure && mayReportOn(this.session.user(), measure);
    }
    const permissions = this.report()?.permissions;
    return !!permissions && (permissions.edit || permissions.revise);
  });
  /** The comment to answer: on the sent-back report itself, or on the version this draft replaces. */
  protected readonly revisionRequest = computed(() => {
    const review = this.isRevision() ? this.report()?.review : this.predecessor()?.review;
    return review?.decision === 'REQUEST_REVISION' ? review : null;
  });
  protected readonly heading = computed(() =>
    this.isCreate() ? $localize`:@@reporting.route.newReport:Sachstand melden` : this.headingFor(this.report()),
  );
  /** Climate managers may report on behalf of the lead or a participating unit. */
  protected readonly orgUnitOptions = computed<OrgUnitRef[]>(() => {
    const m = this.measure();
    if (!m) return [];
    return [m.leadOrgUnit, ...m.participatingOrgUnits.filter((u) => u.id !== m.leadOrgUnit.id)];
  });

  /** A department reports as its own unit: shown, not chosen. */
  protected readonly ownUnit = computed(() => this.session.user()?.orgUnit ?? null);
  protected readonly ownRole = computed(() =>
    this.measure()?.leadOrgUnit.id === this.ownUnit()?.id ? ('LEAD' as const) : ('PARTICIPANT' as const),
  );

  constructor() {
    const initialNotice = this.notice();
    if (initialNotice) {
      void this.announcer.announce(initialNotice);
    }
    // A report being edited is loaded by `editing` (again for every id: the same page is reused when a
    // revision turns into its new draft); a new one starts from its measure and the open periods.
    toObservable(computed(() => (this.isCreate() ? { id: this.id(), period: this.zeitraum() } : null)))
      .pipe(
        filter((create) => create !== null),
        switchMap(({ id, period }) => this.loadCreate(id, period)),
        takeUntilDestroyed(),
      )
      .subscribe((start) => start && this.startCreate(start));
  }

  /** Keeps the work as a draft; nothing is sent to the climate managers yet. */
  protected saveDraft(): void {
    this.submitAfterConflict = false;
    if (!this.checkValid(false)) return;
    const value = this.form.getRawValue();
    const report = this.report();
    if (this.isCreate()) {
      this.run(this.api.createReport(this.measureRef()!.id, this.createBody(value, false)), (saved) =>
        this.go(
          ['/sachstandsmeldungen', saved.id, 'bearbeiten'],
          $localize`:@@reporting.form.draftSaved:Der Entwurf wurde gespeichert.`,
          true,
        ),
      );
    } else if (report && this.isRevision()) {
      this.run(this.api.reviseReport(report.id, { ...toReportFields(value), submit: false }), (saved) => {
        // The new draft opens on this same (reused) page, so the notice is shown here, not by a new page.
        const notice = $localize`:@@reporting.form.revisionSaved:Die neue Fassung wurde als Entwurf gespeichert.`;
        this.showNotice(notice);
        this.go(['/sachstandsmeldungen', saved.id, 'bearbeiten'], notice, true);
      });
    } else if (report && this.editing.started) {
      const body = toReportUpdate(this.editing.started, value, report.version);
      if (Object.keys(body).length === 1) {
        this.showNotice($localize`:@@measures.form.noChanges:Es gab keine Änderungen zu speichern.`);
        return;
      }
      this.run(this.api.updateReport(report.id, body), (saved) => {
        this.editing.take(saved);
        this.showNotice($localize`:@@reporting.form.draftSaved:Der Entwurf wurde gespeichert.`);
      });
    }
  }

  /** Sends the report to review after a confirmation; afterwards it can no longer be changed. */
  protected submitForReview(): void {
    if (!this.checkValid(true)) return;
    confirmAction(this.dialog, {
      title: $localize`:@@reporting.report.submitConfirm.title:Sachstandsmeldung einreichen?`,
      message: $localize`:@@reporting.form.submitConfirm.message:Die Meldung geht an das Klimaschutzmanagement zur Prüfung und kann danach nicht mehr geändert werden. Bei einer Rückfrage erstellen Sie eine neue Fassung.`,
      confirmLabel: $localize`:@@reporting.report.submit:Einreichen`,
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.submitNow());
  }

  /** After a stale save: save the user's input over the new version (handing it in if that was asked), or take the other version. */
  protected resolveConflict(keepMine: boolean): void {
    if (!this.editing.resolve(keepMine)) return;
    if (this.submitAfterConflict) this.submitNow();
    else this.saveDraft();
  }

  private submitNow(): void {
    this.submitAfterConflict = true;
    const value = this.form.getRawValue();
    const report = this.report();
    const done = (saved: ProgressReport) =>
      this.go(
        ['/sachstandsmeldungen', saved.id],
        $localize`:@@reporting.report.submitted:Die Sachstandsmeldung wurde eingereicht und wartet auf die Prüfung.`,
        true,
      );
    if (this.isCreate()) {
      this.run(this.api.createReport(this.measureRef()!.id, this.createBody(value, true)), done);
    } else if (report && this.isRevision()) {
      this.run(this.api.reviseReport(report.id, { ...toReportFields(value), submit: true }), done);
    } else if (report && this.editing.started) {
      const body = toReportUpdate(this.editing.started, value, report.version);
      // Unsaved changes are stored first, so the submitted report is what the user sees.
      const saved$ = Object.keys(body).length > 1 ? this.api.updateReport(report.id, body) : of(report);
      this.run(saved$.pipe(switchMap((saved) => this.api.submitReport(saved.id, saved.version))), done);
    }
  }

  private createBody(value: ReportFormValue, submit: boolean) {
    return {
      ...toReportFields(value),
      periodId: value.periodId || null,
      ...(this.isClimateManager() && value.orgUnitId ? { orgUnitId: value.orgUnitId } : {}),
      submit,
    };
  }

  private checkValid(forSubmission: boolean): boolean {
    // Drops a "required for submission" mark left from an earlier attempt.
    this.form.controls.text.updateValueAndValidity();
    if (forSubmission && !isReadyToSubmit(this.form.getRawValue())) {
      const text = this.form.controls.text;
      text.setErrors({ ...(text.errors ?? {}), required: true });
      text.markAsTouched();
    }
    return this.editing.begin();
  }

  private run(request: Observable<ProgressReport>, next: (saved: ProgressReport) => void): void {
    this.editing.saving.set(true);
    this.editing.problem.set(null);
    request.subscribe({
      next: (saved) => {
        this.editing.saving.set(false);
        this.form.markAsPristine();
        next(saved);
      },
      // A new report or a revision has no stored version the input could have raced with.
      error: (error: unknown) => this.editing.failed(error, { stale: !this.isCreate() && !this.isRevision() }),
    });
  }

  private loadCreate(measureId: string, period: string | undefined): Observable<CreateStart | null> {
    this.creating.set(true);
    return forkJoin([this.measures.get(measureId), this.api.periods({ closed: false })]).pipe(
      map(([measure, page]): CreateStart => {
        // The period asked for, else the one due first, else none.
        const periods = [...page.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
        const periodId = periods.find((p) => p.id === period)?.id ?? periods[0]?.id ?? '';
        return { measure, periods, periodId };
      }),
      catchError((error: unknown) => {
        this.creating.set(false);
        this.editing.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }

  private startCreate({ measure, periods, periodId }: CreateStart): void {
    this.editing.problem.set(null);
    this.editing.unmatched.set([]);
    this.conflict.clear();
    this.measure.set(measure);
    this.periods.set(periods);
    this.form.reset({ ...formValueForNewReport(measure, periodId), orgUnitId: measure.leadOrgUnit.id });
    this.title.setTitle(pageTitle($localize`:@@reporting.form.pageTitleNew:Sachstand melden: ${measure.code}:code:`));
    this.creating.set(false);
  }

  /** A draft that answers a revision request shows the comment it answers. */
  private loadPredecessor(report: ProgressReport): void {
    if (!report.supersedesId || report.state !== 'DRAFT') {
      this.predecessor.set(null);
      return;
    }
    if (this.predecessor()?.id === report.supersedesId) return;
    this.api
      .report(report.supersedesId)
      .pipe(catchError(() => of(null)))
      .subscribe((predecessor) => this.predecessor.set(predecessor));
  }

  private headingFor(report: ProgressReport | null): string {
    return report?.state === 'REVISION_REQUESTED'
      ? $localize`:@@reporting.report.revise:Neue Fassung erstellen`
      : $localize`:@@reporting.route.editReport:Sachstandsmeldung bearbeiten`;
  }

  private go(commands: string[], notice: string, replaceUrl: boolean): void {
    this.editing.done(commands, notice, { replaceUrl });
  }

  private showNotice(message: string): void {
    this.notice.set(message);
    void this.announcer.announce(message);
  }
}
