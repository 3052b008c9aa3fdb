import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { type Problem, type ProgressReport } from '@klimaschutz/contracts';
import { REPORT_ORG_UNIT_ROLE_LABELS, REPORT_STATE_LABELS } from '../shared/labels';
import { catchError, forkJoin, map, of, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { formatIsoDateTime } from '../shared/format';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { changeSummary, compareReports, olderFirst, periodName, reviewOutcome, revisionLabel } from './report-compare';
import { ReportComparison } from './report-comparison';
import { ReportingApi } from './reporting-api';

interface MetaRow {
  label: string;
  before: string;
  after: string;
}

/** Two Sachstandsmeldungen of a measure side by side (`?a=&b=`), the older one on the left. */
@Component({
  selector: 'ksc-report-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProblemAlert, ReportComparison],
  template: `
    <div class="page">
      <p>
        <a [routerLink]="['/massnahmen', id()]" data-testid="back-to-detail" i18n="@@measures.form.backToDetail">← Zurück zum Steckbrief</a>
      </p>
      <h1 data-testid="compare-title">
        <ng-container i18n="@@reporting.route.compare">Sachstandsmeldungen vergleichen</ng-container>
        @if (pair(); as p) {
          <span class="visually-hidden">:</span>
          <span class="subtitle">{{ p[1].measure.code }} {{ p[1].measure.title }}</span>
        }
      </h1>
      <ksc-problem-alert [problem]="problem()" />

      @if (pair(); as p) {
        <p data-testid="compare-summary" i18n="@@reporting.compare.summary">
          <strong>{{ summary() }}.</strong> Geänderte Angaben sind markiert und in der letzten Spalte beschrieben.
        </p>

        <section class="card-section" aria-labelledby="sec-compare-meta">
          <h2 id="sec-compare-meta" i18n="@@reporting.compare.metaHeading">Die beiden Meldungen</h2>
          <div class="table-scroll" role="region" aria-labelledby="sec-compare-meta" tabindex="0">
            <table class="data-table" data-testid="compare-meta">
              <caption class="visually-hidden" i18n="@@reporting.compare.metaCaption">
                Angaben zu den verglichenen Meldungen
              </caption>
              <thead>
                <tr>
                  <th scope="col" i18n="@@measures.history.col.field">Feld</th>
                  <th scope="col" i18n="@@reporting.compare.older">Ältere Meldung</th>
                  <th scope="col" i18n="@@reporting.compare.newer">Neuere Meldung</th>
                </tr>
              </thead>
              <tbody>
                @for (row of meta(); track row.label) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td class="multiline">{{ row.before }}</td>
                    <td class="multiline">{{ row.after }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p>
            <a [routerLink]="['/sachstandsmeldungen', p[0].id]" i18n="@@reporting.compare.viewOlder">Ältere Meldung ansehen</a> ·
            <a [routerLink]="['/sachstandsmeldungen', p[1].id]" i18n="@@reporting.compare.viewNewer">Neuere Meldung ansehen</a>
          </p>
        </section>

        <section class="card-section" aria-labelledby="sec-compare-content">
          <h2 id="sec-compare-content" i18n="@@reporting.compare.contentHeading">Inhalt im Vergleich</h2>
          <ksc-report-comparison
            [rows]="rows()"
            [beforeLabel]="label(p[0])"
            [afterLabel]="label(p[1])"
            caption="Vergleich {{ label(p[0]) }} und {{ label(p[1]) }}"
            i18n-caption="@@reporting.compare.caption"
          />
        </section>
      } @else if (loading()) {
        <p class="loading" role="status" i18n="@@reporting.compare.loading">Meldungen werden geladen …</p>
      } @else if (!problem()) {
        <div class="alert alert--info">
          <p i18n="@@reporting.compare.chooseTwo">Bitte wählen Sie im Steckbrief zwei Sachstandsmeldungen zum Vergleich aus.</p>
        </div>
      }
    </div>
  `,
  styles: `
    .subtitle {
      display: block;
      font: var(--mat-sys-title-medium);
      color: var(--ksc-text-muted);
    }
  `,
})
export class ReportComparePage {
  /** Route parameter `:id`: the measure. */
  readonly id = input.required<string>();
  /** Query parameters: the two reports. */
  readonly a = input<string>();
  readonly b = input<string>();

  private readonly api = inject(ReportingApi);
  private readonly title = inject(Title);
  private readonly locale = inject(LOCALE_ID);

  protected readonly pair = signal<[ProgressReport, ProgressReport] | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly rows = computed(() => {
    const p = this.pair();
    return p ? compareReports(p[0], p[1], this.locale) : [];
  });
  protected readonly summary = computed(() => changeSummary(this.rows()));
  protected readonly meta = computed<MetaRow[]>(() => {
    const p = this.pair();
    if (!p) return [];
    const row = (label: string, value: (r: ProgressReport) => string): MetaRow => ({ label, before: value(p[0]), after: value(p[1]) });
    return [
      row($localize`:@@reporting.report.field.period:Berichtszeitraum`, periodName),
      row($localize`:@@reporting.review.revisionField:Fassung`, (r) => revisionLabel(r.revision)),
      row($localize`:@@reporting.report.field.state:Bearbeitungsstand`, (r) => REPORT_STATE_LABELS[r.state]),
      row(
        $localize`:@@reporting.review.orgUnit:Meldende Organisationseinheit`,
        (r) => `${r.orgUnit.code} – ${r.orgUnit.name} (${REPORT_ORG_UNIT_ROLE_LABELS[r.orgUnitRole]})`,
      ),
      row($localize`:@@reporting.review.author:Verfasst von`, (r) => r.author.displayName),
      row($localize`:@@reporting.report.field.submittedAt:Eingereicht`, (r) => formatIsoDateTime(r.submittedAt, this.locale)),
      row($localize`:@@reporting.compare.reviewRow:Prüfung`, (r) =>
        r.review
          ? `${reviewOutcome(r.review.decision)} (${r.review.reviewer.displayName})${r.review.comment ? `: ${r.review.comment}` : ''}`
          : '–',
      ),
    ];
  });

  constructor() {
    toObservable(computed(() => ({ measureId: this.id(), a: this.a(), b: this.b() })))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ measureId, a, b }) => {
          if (!a || !b || a === b) return of(null);
          return forkJoin([this.api.report(a), this.api.report(b)]).pipe(
            map(([first, second]) => {
              if (first.measure.id !== measureId || second.measure.id !== measureId) {
                this.problem.set({
                  status: 400,
                  title: $localize`:@@reporting.compare.invalid.title:Ungültiger Vergleich`,
                  detail: $localize`:@@reporting.compare.invalid.detail:Es können nur Sachstandsmeldungen derselben Maßnahme verglichen werden.`,
                });
                return null;
              }
              return olderFirst(first, second);
            }),
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((pair) => {
        this.loading.set(false);
        this.pair.set(pair);
        if (pair) {
          this.problem.set(null);
          this.title.setTitle(
            pageTitle(
              $localize`:@@reporting.compare.pageTitle:Vergleich ${pair[1].measure.code}:code:: ${periodName(pair[0])}:older: und ${periodName(pair[1])}:newer:`,
            ),
          );
        }
      });
  }

  protected label(report: ProgressReport): string {
    return `${periodName(report)}, ${revisionLabel(report.revision)}`;
  }
}
