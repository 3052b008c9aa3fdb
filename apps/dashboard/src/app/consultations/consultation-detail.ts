import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { type Consultation } from '@klimaschutz/contracts';
import { CONSULTATION_CATEGORY_LABELS, CONSULTATION_STATUS_LABELS } from '../shared/labels';
import type { Observable } from 'rxjs';
import { LabelBadge } from '../shared/badges';
import { localToIsoWithOffset } from '../shared/date-time';
import { FormatDatePipe, FormatDateTimePipe, FormatNumberPipe } from '../shared/format-pipes';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { ConsultationApi } from './consultation-api';
import { staleNotice } from './consultation-query';
import { consultationTone } from './consultation-tone';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { DetailHeader, DetailStatus, RecordDetail, StepButtons, type WorkflowStep } from '../shared/record-detail';

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
    DetailHeader,
    DetailStatus,
    StepButtons,
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
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly statusLabels = CONSULTATION_STATUS_LABELS;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
  protected readonly tone = consultationTone;
  protected readonly staleNotice = staleNotice;
  protected readonly consultation = signal<Consultation | null>(null);
  protected readonly action = signal<Action>(null);
  protected readonly detail = new RecordDetail({
    id: this.id,
    load: (id) => this.api.get(id),
    loaded: (c) => this.consultation.set(c),
    pageTitle: (c) => $localize`:@@consultations.detail.pageTitle:Beratung: ${c.topic}:topic:`,
  });

  /** What the reader may do with the consultation now. */
  protected readonly steps = computed((): WorkflowStep[] => {
    const may = this.consultation()?.permissions;
    if (!may) return [];
    const steps: (WorkflowStep | false)[] = [
      may.take && {
        label: $localize`:@@consultations.detail.take:Übernehmen`,
        testId: 'consultation-take',
        primary: true,
        run: () => this.take(),
      },
      may.schedule && {
        label: $localize`:@@consultations.detail.schedule:Termin festlegen`,
        testId: 'consultation-schedule',
        run: () => this.open('schedule'),
      },
      may.complete && {
        label: $localize`:@@consultations.detail.complete:Abschließen`,
        testId: 'consultation-complete',
        run: () => this.open('complete'),
      },
      may.decline && {
        label: $localize`:@@consultations.detail.decline:Ablehnen`,
        testId: 'consultation-decline',
        run: () => this.open('decline'),
      },
    ];
    return steps.filter((step) => step !== false);
  });
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

  protected open(action: Action): void {
    this.detail.problem.set(null);
    this.detail.unmatched.set([]);
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

  private run(
    request: Observable<Consultation>,
    message: string,
    form?: ConsultationDetail['scheduleForm' | 'completeForm' | 'declineForm'],
  ): void {
    this.detail.run(
      request,
      (updated) => {
        this.consultation.set(updated);
        this.action.set(null);
        return message;
      },
      form,
    );
  }
}
