import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicMeasure } from '@klimaschutz/contracts';
import { StatusBadge } from '../shared/badges';
import { FormatNumberPipe } from '../shared/format-pipes';
import { PUBLIC_PATH } from './public-area';

/**
 * One published measure as citizens see it in the public list. The publication form on the
 * Steckbrief renders this same component as its preview, so "what you see is what they get".
 */
@Component({
  selector: 'ksc-public-measure-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, FormatNumberPipe],
  template: `
    <article class="pub-card" data-testid="public-measure-card">
      <div class="pub-card__field">
        <span class="colour-swatch" [style.background]="measure().fieldOfAction.colour" aria-hidden="true"></span
        >{{ measure().fieldOfAction.name }}
      </div>
      <div role="heading" [attr.aria-level]="headingLevel()" class="pub-card__title">
        @if (linked()) {
          <a [routerLink]="link()" data-testid="public-measure-link">{{ measure().title }}</a>
        } @else {
          <span data-testid="public-measure-title">{{ measure().title }}</span>
        }
      </div>
      <p class="pub-card__summary" data-testid="public-measure-summary">
        {{ measure().publicSummary || 'Eine allgemein verständliche Beschreibung folgt.' }}
      </p>
      <div class="pub-card__facts">
        <ksc-status-badge [status]="measure().status" />
        <span class="progress">
          <progress max="100" [value]="measure().progressPercent" aria-hidden="true"></progress>
          <span>{{ measure().progressPercent | kscNumber: 0 }} % umgesetzt</span>
        </span>
      </div>
      <p class="pub-card__dept"><span class="pub-card__label">Zuständig:</span> {{ measure().responsibleDepartment.name }}</p>
    </article>
  `,
  styles: `
    .pub-card {
      border: 1px solid var(--ksc-border);
      border-radius: 8px;
      padding: 0.75rem 1rem;
      background: var(--mat-sys-surface);
      overflow-wrap: anywhere;
    }
    .pub-card__field {
      font: var(--mat-sys-label-large);
      color: var(--ksc-text-muted);
    }
    .pub-card__title {
      font: var(--mat-sys-title-large);
      margin: 0.25rem 0 0.5rem;
    }
    .pub-card__summary {
      margin: 0 0 0.75rem;
      white-space: pre-line;
    }
    .pub-card__facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .pub-card__dept {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-medium);
    }
    .pub-card__label {
      font-weight: 600;
    }
  `,
})
export class PublicMeasureCard {
  readonly measure = input.required<PublicMeasure>();
  /** The card title's heading level in the surrounding page outline. */
  readonly headingLevel = input(2);
  /** False in the preview, where the public page of an unpublished measure does not exist yet. */
  readonly linked = input(true);

  protected readonly link = computed(() => [PUBLIC_PATH, 'massnahmen', this.measure().id]);
}
