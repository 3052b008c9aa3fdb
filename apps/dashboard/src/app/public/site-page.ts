import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Problem, SitePage, SitePageKey } from '@klimaschutz/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { FormatDatePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { PUBLIC_PATH } from './public-area';
import { PublicApi } from './public-api';
import { splitParagraphs } from './paragraphs';

/** Impressum, Datenschutz and Barrierefreiheit: editable plain text, shown as paragraphs (never as HTML). */
@Component({
  selector: 'ksc-site-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProblemAlert, FormatDatePipe],
  template: `
    <div class="page pub-page">
      @if (page(); as p) {
        <h1 data-testid="site-page-title">{{ p.title }}</h1>
        <div class="site-page__body" data-testid="site-page-body">
          @for (paragraph of paragraphs(); track $index) {
            <p>{{ paragraph }}</p>
          }
        </div>
        @if (p.version > 0) {
          <p class="hint">Stand: {{ p.updatedAt | kscDate }}</p>
        }
        @if (key() === 'barrierefreiheit') {
          <p>
            <a [routerLink]="reportPath" data-testid="site-page-report-barrier">Barriere melden: zum Formular</a>
          </p>
        }
      } @else if (loading()) {
        <h1>{{ fallbackTitle() }}</h1>
        <p class="loading" role="status">Seite wird geladen …</p>
      } @else {
        <h1>{{ fallbackTitle() }}</h1>
        <ksc-problem-alert [problem]="problem()" />
      }
    </div>
  `,
  styles: `
    .site-page__body p {
      max-width: 65ch;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class SitePageView {
  /** From the route's `data`. */
  readonly key = input.required<SitePageKey>();

  private readonly api = inject(PublicApi);

  protected readonly reportPath = `${PUBLIC_PATH}/barriere-melden`;
  protected readonly page = signal<SitePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly paragraphs = computed(() => splitParagraphs(this.page()?.body));
  protected readonly fallbackTitle = computed(() => FALLBACK_TITLES[this.key()]);

  constructor() {
    toObservable(this.key)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((key) =>
          this.api.page(key).pipe(
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        this.page.set(page);
      });
  }
}

const FALLBACK_TITLES: Record<SitePageKey, string> = {
  impressum: 'Impressum',
  datenschutz: 'Datenschutzerklärung',
  barrierefreiheit: 'Erklärung zur Barrierefreiheit',
};
