import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type MeasureRelatedWork, type Problem } from '@klimaschutz/contracts';
import {
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CONSULTATION_CATEGORY_LABELS,
  CONSULTATION_STATUS_LABELS,
  TRAINING_STATUS_LABELS,
  TRAINING_TOPIC_LABELS,
} from '../shared/labels';
import { catchError, of, switchMap } from 'rxjs';
import { FormatDatePipe, FormatDateTimePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { MeasureApi } from './measure-api';

/** "Querschnittsarbeit der Stabsstelle": trainings, consultations and Klimachecks that refer to a measure. */
@Component({
  selector: 'ksc-measure-related',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProblemAlert, FormatDatePipe, FormatDateTimePipe],
  template: `
    <section class="card-section" aria-labelledby="sec-related" data-testid="measure-related">
      <h2 id="sec-related" i18n="@@measures.related.heading">Querschnittsarbeit der Stabsstelle</h2>
      <ksc-problem-alert [problem]="problem()" />
      @if (related(); as r) {
        <h3 id="rel-trainings" i18n="@@measures.related.trainings">Schulungen</h3>
        @if (r.trainings.length) {
          <ul aria-labelledby="rel-trainings" data-testid="related-trainings">
            @for (t of r.trainings; track t.id) {
              <li i18n="@@measures.related.training">
                <a [routerLink]="['/schulungen', t.id]">{{ t.title }}</a>
                – {{ t.startsAt | kscDateTime }} Uhr, {{ topicLabels[t.topic] }}, {{ trainingStatus[t.status] }}
              </li>
            }
          </ul>
        } @else {
          <p i18n="@@measures.related.noTrainings">Keine Schulungen zu dieser Maßnahme.</p>
        }
        <h3 id="rel-consultations" i18n="@@measures.related.consultations">Beratungen</h3>
        @if (r.consultations.length) {
          <ul aria-labelledby="rel-consultations" data-testid="related-consultations">
            @for (c of r.consultations; track c.id) {
              <li i18n="@@measures.related.consultation">
                <a [routerLink]="['/beratungen', c.id]">{{ c.topic }}</a>
                – {{ categoryLabels[c.category] }}, {{ c.requestingOrgUnit.name }}, {{ consultationStatus[c.status] }} (angefragt
                {{ c.requestedAt | kscDate }})
              </li>
            }
          </ul>
        } @else {
          <p i18n="@@measures.related.noConsultations">Keine Beratungen zu dieser Maßnahme.</p>
        }
        <h3 id="rel-checks" i18n="@@measures.related.checks">Klimachecks</h3>
        @if (r.climateChecks.length) {
          <ul aria-labelledby="rel-checks" data-testid="related-climate-checks">
            @for (k of r.climateChecks; track k.id) {
              <li>
                <a [routerLink]="['/klimacheck', k.id]">{{ k.reference ? k.reference + ' – ' : '' }}{{ k.title }}</a>
                – {{ subjectTypeLabels[k.subjectType] }}, {{ checkStatus[k.status] }}
                @if (k.hasNegativeImpact) {
                  <ng-container i18n="@@measures.related.negativeImpact">, negative Auswirkung bewertet</ng-container>
                }
              </li>
            }
          </ul>
        } @else {
          <p i18n="@@measures.related.noChecks">Keine Klimachecks zu dieser Maßnahme.</p>
        }
      } @else if (!problem()) {
        <p class="loading" role="status" i18n="@@measures.related.loading">Wird geladen …</p>
      }
    </section>
  `,
})
export class MeasureRelated {
  readonly measureId = input.required<string>();

  private readonly api = inject(MeasureApi);

  protected readonly topicLabels = TRAINING_TOPIC_LABELS;
  protected readonly trainingStatus = TRAINING_STATUS_LABELS;
  protected readonly categoryLabels = CONSULTATION_CATEGORY_LABELS;
  protected readonly consultationStatus = CONSULTATION_STATUS_LABELS;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly checkStatus = CLIMATE_CHECK_STATUS_LABELS;
  protected readonly related = signal<MeasureRelatedWork | null>(null);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    toObservable(this.measureId)
      .pipe(
        switchMap((id) =>
          this.api.related(id).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((related) => this.related.set(related));
  }
}
