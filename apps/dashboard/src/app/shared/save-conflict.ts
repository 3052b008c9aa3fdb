import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ConflictChange, ConflictState } from './edit-conflict';
import { formatIsoDateTime } from './format';

/**
 * Shown right beside a form's save button after a stale save: announced, focused, listing the other
 * person's changes, with the two ways on. Nothing the user typed is touched until they choose.
 */
@Component({
  selector: 'ksc-save-conflict',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (conflict(); as c) {
      <div #box class="alert alert--warning save-conflict" role="alert" tabindex="-1" data-testid="save-conflict">
        <p>
          <strong>{{ headline(c) }}</strong
          >&ngsp;<ng-container i18n="@@shared.conflict.inputKept">Ihre Eingaben sind noch da.</ng-container>
        </p>
        @if (c.changes.length) {
          <p i18n="@@shared.conflict.changedFields">Geändert wurde:</p>
          <ul data-testid="save-conflict-changes">
            @for (change of c.changes; track change.field) {
              <li>{{ changeText(change) }}</li>
            }
          </ul>
        } @else {
          <p i18n="@@shared.conflict.otherChange">Die Felder dieses Formulars sind unverändert; geändert wurde etwas anderes am Eintrag.</p>
        }
        <div class="actions">
          <button
            mat-flat-button
            type="button"
            (click)="keepMine.emit()"
            data-testid="conflict-keep-mine"
            i18n="@@shared.conflict.keepMine"
          >
            Meine Eingaben über die neue Fassung speichern
          </button>
          <button
            mat-stroked-button
            type="button"
            (click)="takeTheirs.emit()"
            data-testid="conflict-take-theirs"
            i18n="@@shared.conflict.takeTheirs"
          >
            Die andere Fassung übernehmen (meine Eingaben verwerfen)
          </button>
        </div>
      </div>
    }
  `,
  styles: `
    .save-conflict {
      margin-top: 1rem;
    }
    .save-conflict:focus {
      outline: 3px solid var(--ksc-focus, #1f5b3a);
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class SaveConflict {
  readonly conflict = input<ConflictState | null>(null);
  /** The record in words, e.g. „diese Maßnahme“. */
  readonly what = input($localize`:@@shared.conflict.thisEntry:diesen Eintrag`);
  readonly keepMine = output<void>();
  readonly takeTheirs = output<void>();

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  private readonly injector = inject(Injector);

  constructor() {
    // Focus moves to the message, so a keyboard or screen-reader user lands where the choice is.
    effect(() => {
      if (this.conflict()) {
        afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  private readonly locale = inject(LOCALE_ID);

  /** „Nicht gespeichert: Erika Muster hat diese Maßnahme am 01.03.2026, 14:05 Uhr geändert, …“ */
  protected headline(c: ConflictState): string {
    const who = c.changedBy ?? $localize`:@@shared.conflict.someoneElse:Jemand anderes`;
    const what = this.what();
    if (!c.changedAt) {
      return $localize`:@@shared.conflict.headline:Nicht gespeichert: ${who}:who: hat ${what}:what: geändert, nachdem Sie das Formular geöffnet haben.`;
    }
    const when = formatIsoDateTime(c.changedAt, this.locale);
    return $localize`:@@shared.conflict.headlineAt:Nicht gespeichert: ${who}:who: hat ${what}:what: am ${when}:when: Uhr geändert, nachdem Sie das Formular geöffnet haben.`;
  }

  protected changeText(change: ConflictChange): string {
    const { label, theirs, mine } = change;
    return mine === null
      ? $localize`:@@shared.conflict.change:${label}:field:: jetzt „${theirs}:theirs:“`
      : $localize`:@@shared.conflict.changeWithMine:${label}:field:: jetzt „${theirs}:theirs:“ – Ihre Eingabe: „${mine}:mine:“`;
  }
}
