import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { type Consultation, type Problem } from '@klimaschutz/contracts';
import { CONSULTATION_CATEGORY_LABELS, CONSULTATION_STATUS_LABELS } from '../shared/labels';
import { Observable, catchError, of, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { LabelBadge } from '../shared/badges';
import { localToIsoWithOffset } from '../shared/date-time';
import { FormatDatePipe, FormatDateTimePipe, FormatNumberPipe } from '../shared/format-pipes';
import { applyServerErrors, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { ConsultationApi } from './consultation-api';
import { staleNotice } from './consultation-query';
import { consultationTone } from './consultation-tone';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { noticeFromNavigation } from '../shared/record-editing';

type Action = 'schedule' | 'complete' | 'decline' | null;

/**
 * One consultation. Climate managers run the workflow here (take → schedule → complete, or decline);
 * the requesting department follows status and outcome.
 */
@Component({
  selector: 'ksc-consultation-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LabelBadge,
    ProblemAlert,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
    FormatDatePipe,
    FormatDateTimePipe,
    FormatNumberPipe,
  ],
  templateUrl: './consultation-detail.html',
})
export class ConsultationDetail {
  readonly id = input.required<string>();

  private readonly api = inject(ConsultationApi);
  private readonly title = inject(Title);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly statusLabels = CONSULTATION_STATUS_LABELS;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
  protected readonly tone = consultationTone;
  protected readonly staleNotice = staleNotice;
  protected readonly consultation = signal<Consultation | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  protected readonly action = signal<Action>(null);
  protected readonly notice = signal<string | null>(noticeFromNavigation(this.router));

  protected readonly messages = {
    date: $localize`:@@consultations.detail.dateRequired:Bitte ein Datum angeben.`,
    time: $localize`:@@consultations.detail.timeRequired:Bitte eine Uhrzeit angeben.`,
    outcome: $localize`:@@consultations.detail.outcomeRequired:Bitte das Ergebnis der Beratung angeben.`,
    effortHours: $localize`:@@consultations.detail.effortRequired:Bitte den Aufwand in Stunden angeben.`,
    reason: $localize`:@@consultations.detail.reasonRequired:Bitte die Ablehnung begründen.`,
  };
  protected readonly scheduleForm = this.fb.group({
    date: ['', Validators.required],
    time: ['', Validators.required],
  });
  protected readonly completeForm = this.fb.group({
    outcome: ['', [Validators.required, Validators.maxLength(10000)]],
    recommendation: ['', Validators.maxLength(10000)],
    effortHours: this.fb.control<number | null>(null, [Validators.required, Validators.min(0), Validators.max(1000)]),
  });
  protected readonly declineForm = this.fb.group({ reason: ['', [Validators.required, Validators.maxLength(2000)]] });

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected open(action: Action): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.action.set(action);
  }

  protected take(): void {
    const c = this.consultation();
    if (c) this.run(this.api.take(c.id, c.version), $localize`:@@consultations.detail.taken:Sie haben die Beratung übernommen.`);
  }

  protected schedule(): void {
    const c = this.consultation();
    if (!c || !this.valid(this.scheduleForm)) return;
    const { date, time } = this.scheduleForm.getRawValue();
    const scheduledAt = localToIsoWithOffset(date, time);
    if (!scheduledAt) {
      this.scheduleForm.controls.time.setErrors({
        server: $localize`:@@consultations.detail.dateTimeIncomplete:Bitte Datum und Uhrzeit vollständig angeben.`,
      });
      return;
    }
    this.run(
      this.api.schedule(c.id, { version: c.version, scheduledAt }),
      $localize`:@@consultations.detail.scheduledNotice:Der Termin wurde festgelegt.`,
      this.scheduleForm,
    );
  }

  protected complete(): void {
    const c = this.consultation();
    if (!c || !this.valid(this.completeForm)) return;
    const v = this.completeForm.getRawValue();
    this.run(
      this.api.complete(c.id, {
        version: c.version,
        outcome: v.outcome.trim(),
        recommendation: v.recommendation.trim() || null,
        effortHours: v.effortHours ?? 0,
      }),
      $localize`:@@consultations.detail.completed:Die Beratung wurde abgeschlossen.`,
      this.completeForm,
    );
  }

  protected decline(): void {
    const c = this.consultation();
    if (!c || !this.valid(this.declineForm)) return;
    this.run(
      this.api.decline(c.id, c.version, this.declineForm.getRawValue().reason.trim()),
      $localize`:@@consultations.detail.declined:Die Anfrage wurde abgelehnt.`,
      this.declineForm,
    );
  }

  private valid(form: { invalid: boolean; markAllAsTouched(): void }): boolean {
    if (form.invalid) {
      form.markAllAsTouched();
      return false;
    }
    return true;
  }

  private run(request: Observable<Consultation>, message: string, form?: Parameters<typeof applyServerErrors>[0]): void {
    this.busy.set(true);
    this.problem.set(null);
    this.unmatched.set([]);
    request.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.consultation.set(updated);
        this.action.set(null);
        this.notice.set(message);
        void this.announcer.announce(message);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toProblem(error);
        this.problem.set(problem);
        this.unmatched.set(form ? applyServerErrors(form, problem) : []);
      },
    });
  }

  private load(id: string): Observable<Consultation | null> {
    this.loading.set(true);
    return this.api.get(id).pipe(
      tap((c) => {
        this.consultation.set(c);
        this.loading.set(false);
        this.title.setTitle(pageTitle($localize`:@@consultations.detail.pageTitle:Beratung: ${c.topic}:topic:`));
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
        return of(null);
      }),
    );
  }
}
