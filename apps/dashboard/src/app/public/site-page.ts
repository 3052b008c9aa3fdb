import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { parsePageText, SIGN_LANGUAGE_PAGE, type PageInline, type Problem, type SitePage, type SitePageKey } from '@klimaschutz/contracts';
import { NgTemplateOutlet } from '@angular/common';
import { catchError, of, switchMap, tap } from 'rxjs';
import { FormatDatePipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { PUBLIC_PATH } from './public-area';
import { PublicApi } from './public-api';
import { API_BASE } from '../shared/api';

/**
 * The editable site pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache, Gebärdensprache):
 * plain text with headings, lists and http(s)/mailto/tel links (`parsePageText`), rendered with text
 * bindings, never as HTML. The sign-language page shows its videos with captions.
 */
@Component({
  selector: 'ksc-site-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProblemAlert, FormatDatePipe, NgTemplateOutlet],
  template: `
    <!-- One line: whitespace between a text and its link would show as a space. -->
    <ng-template #inlines let-inlines>
      @for (inline of asInlines(inlines); track $index) {
        @if (inline.href) {
          <a [href]="inline.href">{{ inline.text }}</a>
        } @else {
          <ng-container>{{ inline.text }}</ng-container>
        }
      }
    </ng-template>
    <div class="page pub-page">
      @if (page(); as p) {
        <h1 data-testid="site-page-title">{{ p.title }}</h1>
        <div class="site-page__body" data-testid="site-page-body">
          @for (block of blocks(); track $index) {
            @switch (block.kind) {
              @case ('heading') {
                <h2><ng-container *ngTemplateOutlet="inlines; context: { $implicit: block.inlines }" /></h2>
              }
              @case ('list') {
                <ul>
                  @for (item of block.items; track $index) {
                    <li><ng-container *ngTemplateOutlet="inlines; context: { $implicit: item }" /></li>
                  }
                </ul>
              }
              @default {
                <p><ng-container *ngTemplateOutlet="inlines; context: { $implicit: block.inlines }" /></p>
              }
            }
          }
        </div>
        @if (key() === signLanguagePage) {
          <h2>Videos in Deutscher Gebärdensprache</h2>
          @for (video of p.videos; track video.id) {
            <figure class="site-page__video" data-testid="site-page-video">
              <video controls preload="metadata" [attr.aria-label]="video.title">
                <source [src]="url(video.videoUrl)" [type]="video.contentType" />
                @if (video.captionsUrl) {
                  <track kind="captions" srclang="de" label="Deutsch" [src]="url(video.captionsUrl)" default />
                }
              </video>
              <figcaption>{{ video.title }}</figcaption>
            </figure>
          } @empty {
            <p data-testid="site-page-no-videos">Die Videos in Gebärdensprache werden gerade vorbereitet.</p>
          }
        }
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
    .site-page__body p,
    .site-page__body li {
      max-width: 65ch;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .site-page__video {
      margin: 0 0 1.5rem;
    }
    .site-page__video video {
      display: block;
      width: 100%;
      max-width: 40rem;
      height: auto;
      background: #000000;
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
  protected readonly blocks = computed(() => parsePageText(this.page()?.body));
  protected readonly signLanguagePage = SIGN_LANGUAGE_PAGE;
  protected readonly asInlines = (value: unknown) => value as PageInline[];
  protected readonly url = (apiPath: string) => `${API_BASE}/${apiPath}`;
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
  'leichte-sprache': 'Leichte Sprache',
  gebaerdensprache: 'Informationen in Deutscher Gebärdensprache',
};
