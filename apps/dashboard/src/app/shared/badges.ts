import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Assessment, type MeasureStatus } from '@klimaschutz/contracts';
import { ASSESSMENT_COLOUR_WORDS, ASSESSMENT_LABELS, MEASURE_STATUS_LABELS } from './labels';

/** Status of a measure: a dot for quick scanning plus the German word, never colour alone. */
@Component({
  selector: 'ksc-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="cssClass()" data-testid="status-badge"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label() }}</span
  >`,
})
export class StatusBadge {
  readonly status = input.required<MeasureStatus>();
  protected readonly label = computed(() => MEASURE_STATUS_LABELS[this.status()]);
  protected readonly cssClass = computed(() => `badge badge--${this.status().toLowerCase()}`);
}

/** Traffic-light assessment: coloured dot + "im Plan", plus the colour word for screen readers. */
@Component({
  selector: 'ksc-assessment-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="cssClass()" data-testid="assessment-badge"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label()
    }}<span class="visually-hidden" i18n="@@shared.badge.colourWord"> (Ampel {{ colourWord() }})</span></span
  >`,
})
export class AssessmentBadge {
  readonly assessment = input.required<Assessment>();
  protected readonly label = computed(() => ASSESSMENT_LABELS[this.assessment()]);
  protected readonly colourWord = computed(() => ASSESSMENT_COLOUR_WORDS[this.assessment()]);
  protected readonly cssClass = computed(() => `badge badge--${this.assessment().toLowerCase()}`);
}

/** Tone of a workflow badge (trainings, consultations, Klimacheck); the text always says the state. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

/** A state badge for the Stabsstelle's records: dot + German word. */
@Component({
  selector: 'ksc-label-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'badge badge-tone--' + tone()" [attr.data-testid]="testId()"
    ><span class="badge__dot" aria-hidden="true"></span>{{ label() }}</span
  >`,
})
export class LabelBadge {
  readonly label = input.required<string>();
  readonly tone = input<BadgeTone>('neutral');
  readonly testId = input<string>('state-badge');
}
