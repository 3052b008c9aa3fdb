import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Problem } from '@klimaschutz/contracts';

/** The visible, announced error box for a failed request (`role="alert"`). */
@Component({
  selector: 'ksc-problem-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      <div class="alert alert--error" role="alert" data-testid="problem-alert">
        <p>
          <strong>{{ p.detail || p.title }}</strong>
        </p>
        @if (messages().length > 0) {
          <ul>
            @for (message of messages(); track $index) {
              <li>{{ message }}</li>
            }
          </ul>
        }
        <ng-content />
      </div>
    }
  `,
})
export class ProblemAlert {
  readonly problem = input<Problem | null>(null);
  /** Server messages that belong to no form field. */
  readonly messages = input<readonly string[]>([]);
}
