import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { CLIMATE_CRITERIA, type ClimateCheck } from '@klimaschutz/contracts';
import {
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CLIMATE_CRITERION_LABELS,
  CLIMATE_IMPACT_LABELS,
} from '../shared/labels';
import { Observable, filter, switchMap } from 'rxjs';
import { LabelBadge } from '../shared/badges';
import { confirmAction } from '../shared/confirm-dialog';
import { FormatDateTimePipe, FormatNumberPipe, YesNoPipe } from '../shared/format-pipes';
import { ValidationMessagePipe } from '../shared/validation-messages';
import { ClimateCheckApi } from './climate-check-api';
import { IMPACT_SIGNS, climateCheckTone } from './climate-check-labels';
import { DetailHeader, DetailStatus, RecordDetail, StepButtons, type WorkflowStep } from '../shared/record-detail';

/** One Klimacheck: all answers; the department submits it, climate managers add the Stellungnahme. */
@Component({
  selector: 'ksc-climate-check-detail',
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
    FormatDateTimePipe,
    FormatNumberPipe,
    YesNoPipe,
  ],
  templateUrl: './climate-check-detail.html',
  styles: `
    .statement {
      white-space: pre-line;
    }
  `,
})
export class ClimateCheckDetail {
  readonly id = input.required<string>();

  private readonly api = inject(ClimateCheckApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  protected readonly statusLabels = CLIMATE_CHECK_STATUS_LABELS;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly criteriaKeys = CLIMATE_CRITERIA;
  protected readonly criterionLabels = CLIMATE_CRITERION_LABELS;
  protected readonly impactLabels = CLIMATE_IMPACT_LABELS;
  protected readonly impactSigns = IMPACT_SIGNS;
  protected readonly tone = climateCheckTone;
  protected readonly check = signal<ClimateCheck | null>(null);
  protected readonly detail = new RecordDetail({
    id: this.id,
    load: (id) => this.api.get(id),
    loaded: (c) => this.check.set(c),
    pageTitle: (c) => $localize`:@@climate-checks.detail.pageTitle:Klimacheck: ${c.title}:title:`,
  });
  /** What the reader may do with the Klimacheck now. */
  protected readonly steps = computed((): WorkflowStep[] => {
    const may = this.check()?.permissions;
    if (!may) return [];
    const steps: (WorkflowStep | false)[] = [
      may.submit && {
        label: $localize`:@@climate-checks.detail.submit:Einreichen`,
        testId: 'submit-climate-check',
        primary: true,
        run: () => this.submit(),
      },
      may.delete && {
        label: $localize`:@@climate-checks.detail.delete:Entwurf löschen`,
        testId: 'delete-climate-check',
        run: () => this.remove(),
      },
    ];
    return steps.filter((step) => step !== false);
  });
  protected readonly statementRequired = $localize`:@@climate-checks.detail.statementRequired:Bitte eine Stellungnahme schreiben.`;
  protected readonly reviewForm = inject(NonNullableFormBuilder).group({
    statement: ['', [Validators.required, Validators.maxLength(20000)]],
  });

  protected submit(): void {
    const c = this.check();
    if (c)
      this.run(this.api.submit(c.id, c.version), $localize`:@@climate-checks.detail.submitted.notice:Der Klimacheck wurde eingereicht.`);
  }

  protected review(): void {
    const c = this.check();
    if (!c) return;
    if (this.reviewForm.invalid) {
      this.reviewForm.markAllAsTouched();
      return;
    }
    this.run(
      this.api.review(c.id, c.version, this.reviewForm.getRawValue().statement.trim()),
      $localize`:@@climate-checks.detail.reviewed.notice:Die Stellungnahme wurde gespeichert; der Klimacheck ist abgeschlossen.`,
    );
  }

  protected remove(): void {
    const c = this.check();
    if (!c) return;
    confirmAction(this.dialog, {
      title: $localize`:@@climate-checks.detail.delete.title:Entwurf löschen?`,
      message: $localize`:@@climate-checks.detail.delete.message:Der Entwurf „${c.title}:title:“ wird endgültig gelöscht.`,
      confirmLabel: $localize`:@@climate-checks.detail.delete.confirm:Löschen`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(c.id)),
      )
      .subscribe({
        next: () => void this.router.navigate(['/klimacheck']),
        error: (error: unknown) => this.detail.fail(error),
      });
  }

  private run(request: Observable<ClimateCheck>, message: string): void {
    this.detail.run(
      request,
      (updated) => {
        this.check.set(updated);
        return message;
      },
      this.reviewForm,
    );
  }
}
