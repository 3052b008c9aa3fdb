import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CLIMATE_CRITERIA, type ClimateCheck, type Problem } from '@klimaschutz/contracts';
import {
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CLIMATE_CRITERION_LABELS,
  CLIMATE_IMPACT_LABELS,
} from '../shared/labels';
import { catchError, of, switchMap, tap } from 'rxjs';
import { pageTitle } from '../shell/page-title-strategy';
import { todayIsoDate } from '../shared/format';
import { FormatDatePipe, FormatDateTimePipe, FormatNumberPipe, YesNoPipe } from '../shared/format-pipes';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ClimateCheckApi } from './climate-check-api';
import { IMPACT_SIGNS } from './climate-check-labels';

/** The one-page result to attach to the proposal: every answer and the Stellungnahme, laid out for A4. */
@Component({
  selector: 'ksc-climate-check-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ProblemAlert, FormatDatePipe, FormatDateTimePipe, FormatNumberPipe, YesNoPipe],
  templateUrl: './climate-check-print.html',
  styles: `
    .sheet {
      max-width: 48rem;
      margin: 0 auto;
      padding: 1rem;
      background: #ffffff;
      font-size: 0.95rem;
    }
    .sheet h1 {
      font-size: 1.4rem;
      margin: 0 0 0.25rem;
    }
    .sheet h2 {
      font-size: 1.05rem;
      margin: 0.9rem 0 0.3rem;
      border-bottom: 1px solid #444444;
    }
    .meta {
      display: grid;
      grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
      gap: 0.1rem 0.75rem;
      margin: 0;
    }
    .meta dt {
      font-weight: 600;
    }
    .meta dd {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    /* On a phone (or at 400 % zoom) each label stands above its value. */
    @media screen and (max-width: 40rem) {
      .sheet {
        padding: 0;
      }
      .meta {
        grid-template-columns: minmax(0, 1fr);
      }
      .meta dd {
        margin-bottom: 0.4rem;
      }
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid #777777;
      padding: 0.2rem 0.4rem;
      text-align: left;
      vertical-align: top;
    }
    .text {
      white-space: pre-line;
      margin: 0;
    }
    .footer {
      margin-top: 1rem;
      font-size: 0.85rem;
      color: #333333;
    }
    @media print {
      .sheet {
        padding: 0;
        font-size: 10pt;
      }
      h2,
      table {
        break-inside: avoid;
      }
    }
  `,
})
export class ClimateCheckPrint {
  readonly id = input.required<string>();

  private readonly api = inject(ClimateCheckApi);
  private readonly title = inject(Title);

  protected readonly statusLabels = CLIMATE_CHECK_STATUS_LABELS;
  protected readonly subjectTypeLabels = CLIMATE_CHECK_SUBJECT_TYPE_LABELS;
  protected readonly criteriaKeys = CLIMATE_CRITERIA;
  protected readonly criterionLabels = CLIMATE_CRITERION_LABELS;
  protected readonly impactLabels = CLIMATE_IMPACT_LABELS;
  protected readonly impactSigns = IMPACT_SIGNS;
  protected readonly printedOn = todayIsoDate();
  protected readonly check = signal<ClimateCheck | null>(null);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) =>
          this.api.get(id).pipe(
            tap((c) => {
              this.check.set(c);
              this.title.setTitle(
                pageTitle($localize`:@@climate-checks.print.pageTitle:Klimacheck ${c.reference ?? ''}:reference: – Ergebnis`),
              );
            }),
            catchError((error: unknown) => {
              this.problem.set(toProblem(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected print(): void {
    window.print();
  }
}
