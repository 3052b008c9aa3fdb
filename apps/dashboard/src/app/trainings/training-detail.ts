import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type ParticipantName, type Training, type TrainingFeedbackList, type TrainingParticipants } from '@klimaschutz/contracts';
import { TRAINING_FORMAT_LABELS, TRAINING_STATUS_LABELS, TRAINING_TOPIC_LABELS } from '../shared/labels';
import { Observable, catchError, filter, forkJoin, of, switchMap } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { LabelBadge } from '../shared/badges';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe, FormatNumberPipe } from '../shared/format-pipes';
import { ReferenceData } from '../shared/reference-data';
import { ValidationMessagePipe, integerValidator } from '../shared/validation-messages';
import { TrainingApi } from './training-api';
import { trainingTone } from './training-labels';
import { formatDuration } from './training-query';
import { GERMAN_INPUTS } from '../shared/german-input-directives';
import { DetailHeader, DetailStatus, RecordDetail, StepButtons, type WorkflowStep } from '../shared/record-detail';

/** One line per name; blank lines dropped. */
export function namesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * One training: facts, participants per org unit (names only for climate managers and admins, each
 * deletable — GDPR), feedback, and the planner's actions (held, cancel with reason).
 */
@Component({
  selector: 'ksc-training-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    LabelBadge,
    DetailHeader,
    DetailStatus,
    StepButtons,
    ValidationMessagePipe,
    ...GERMAN_INPUTS,
    FormatDateTimePipe,
    FormatNumberPipe,
  ],
  templateUrl: './training-detail.html',
  styles: `
    .names {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .names li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.5rem;
    }
  `,
})
export class TrainingDetail {
  readonly id = input.required<string>();

  private readonly api = inject(TrainingApi);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(AuthSession);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly statusLabels = TRAINING_STATUS_LABELS;
  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly formatLabels = TRAINING_FORMAT_LABELS;
  protected readonly tone = trainingTone;
  protected readonly duration = formatDuration;
  protected readonly scores = [1, 2, 3, 4, 5] as const;
  protected readonly training = signal<Training | null>(null);
  protected readonly participants = signal<TrainingParticipants | null>(null);
  protected readonly feedback = signal<TrainingFeedbackList | null>(null);
  protected readonly cancelling = signal(false);
  protected readonly orgUnits = toSignal(
    inject(ReferenceData)
      .orgUnits()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  /** Individual comments are for climate managers, admins and the executive (the API's rule). */
  private readonly readsFeedback = computed(() => this.session.hasRole('ADMIN', 'CLIMATE_MANAGER', 'EXECUTIVE'));

  /** What the reader may do with the training now. */
  protected readonly steps = computed((): WorkflowStep[] => {
    const may = this.training()?.permissions;
    if (!may) return [];
    const steps: (WorkflowStep | false)[] = [
      may.markHeld && {
        label: $localize`:@@trainings.detail.markHeld:Als durchgeführt markieren`,
        testId: 'mark-held',
        primary: true,
        run: () => this.markHeld(),
      },
      may.cancel && {
        label: $localize`:@@trainings.detail.cancel:Absagen`,
        testId: 'cancel-training',
        run: () => this.cancelling.set(true),
      },
    ];
    return steps.filter((step) => step !== false);
  });
  protected readonly messages = {
    reason: $localize`:@@trainings.detail.reasonRequired:Bitte den Grund der Absage angeben.`,
    orgUnitId: $localize`:@@trainings.detail.orgUnitRequired:Bitte eine Organisationseinheit auswählen.`,
    count: $localize`:@@trainings.detail.countRequired:Bitte die Anzahl angeben.`,
  };
  protected readonly registrationForm = this.fb.group({
    orgUnitId: ['', Validators.required],
    count: this.fb.control<number | null>(null, [Validators.required, Validators.min(0), Validators.max(10000), integerValidator]),
    names: [''],
  });
  protected readonly cancelForm = this.fb.group({ reason: ['', [Validators.required, Validators.maxLength(2000)]] });
  protected readonly feedbackForm = this.fb.group({
    score: this.fb.control<number | null>(null, Validators.required),
    comment: ['', Validators.maxLength(5000)],
  });

  protected readonly detail = new RecordDetail({
    id: this.id,
    load: (id) =>
      forkJoin({
        training: this.api.get(id),
        participants: this.api.participants(id),
        feedback: this.readsFeedback() ? this.api.feedback(id).pipe(catchError(() => of(null))) : of(null),
      }),
    loaded: ({ training, participants, feedback }) => {
      this.training.set(training);
      this.participants.set(participants);
      this.feedback.set(feedback);
    },
    pageTitle: ({ training }) => $localize`:@@trainings.detail.pageTitle:Schulung: ${training.title}:title:`,
  });

  protected deleteNameLabel(name: string): string {
    return $localize`:@@trainings.detail.deleteNameLabel:Namen ${name}:name: löschen`;
  }

  protected markHeld(): void {
    const t = this.training();
    if (!t) return;
    this.write(this.api.markHeld(t.id, t.version), $localize`:@@trainings.detail.heldNotice:Die Schulung ist als durchgeführt markiert.`);
  }

  protected cancel(): void {
    const t = this.training();
    if (!t) return;
    if (this.cancelForm.invalid) {
      this.cancelForm.markAllAsTouched();
      return;
    }
    this.write(
      this.api.cancel(t.id, t.version, this.cancelForm.getRawValue().reason.trim()),
      $localize`:@@trainings.detail.cancelledNotice:Die Schulung wurde abgesagt.`,
      () => this.cancelling.set(false),
    );
  }

  protected register(): void {
    const t = this.training();
    if (!t) return;
    if (this.registrationForm.invalid) {
      this.registrationForm.markAllAsTouched();
      return;
    }
    const v = this.registrationForm.getRawValue();
    const names = namesFromText(v.names);
    this.detail.run(
      this.api.register(t.id, v.orgUnitId, { count: v.count ?? 0, ...(names.length ? { names } : {}) }),
      (participants) => {
        this.participants.set(participants);
        this.registrationForm.reset({ orgUnitId: '', count: null, names: '' });
        this.refreshTraining();
        return $localize`:@@trainings.detail.registeredNotice:Die Anmeldung wurde gespeichert.`;
      },
      this.registrationForm,
    );
  }

  protected deleteName(name: ParticipantName): void {
    const t = this.training();
    if (!t) return;
    confirmAction(this.dialog, {
      title: $localize`:@@trainings.detail.deleteName.title:Namen löschen?`,
      message: $localize`:@@trainings.detail.deleteName.message:Der Name „${name.name}:name:“ wird gelöscht. Die Anzahl der Teilnehmenden bleibt erhalten.`,
      confirmLabel: $localize`:@@trainings.detail.deleteName.confirm:Namen löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deleteName(t.id, name.id)),
        switchMap(() => this.api.participants(t.id)),
      )
      .subscribe({
        next: (participants) => {
          this.participants.set(participants);
          this.detail.showNotice($localize`:@@trainings.detail.deleteName.done:Der Name „${name.name}:name:“ wurde gelöscht.`);
        },
        error: (error: unknown) => this.detail.fail(error),
      });
  }

  protected addFeedback(): void {
    const t = this.training();
    if (!t) return;
    if (this.feedbackForm.invalid) {
      this.feedbackForm.markAllAsTouched();
      return;
    }
    const v = this.feedbackForm.getRawValue();
    this.detail.run(
      this.api
        .addFeedback(t.id, { score: Number(v.score), comment: v.comment.trim() || null })
        .pipe(switchMap(() => this.api.feedback(t.id))),
      (feedback) => {
        this.feedback.set(feedback);
        this.feedbackForm.reset({ score: null, comment: '' });
        this.refreshTraining();
        return $localize`:@@trainings.detail.feedbackNotice:Die Rückmeldung wurde erfasst.`;
      },
      this.feedbackForm,
    );
  }

  private write(request: Observable<Training>, message: string, after?: () => void): void {
    this.detail.run(
      request,
      (updated) => {
        this.training.set(updated);
        after?.();
        return message;
      },
      this.cancelForm,
    );
  }

  private refreshTraining(): void {
    this.api.get(this.id()).subscribe({ next: (t) => this.training.set(t), error: () => undefined });
  }
}
