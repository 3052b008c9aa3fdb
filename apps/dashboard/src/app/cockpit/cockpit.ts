import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChildren,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  assessmentBasisText,
  type DashboardAttention,
  type DashboardSummary,
  type Problem,
  type OrgUnitTimeliness,
} from '@klimaschutz/contracts';
import { ATTENTION_REASON_LABELS } from '../shared/labels';
import { UI_LOCALE } from '../shared/ui-locale';
import { DataChart, type ChartData, type ChartKind, type ChartSegment } from '@klimaschutz/ui-charts';
import { catchError, distinctUntilChanged, filter, map, merge, of, scan, shareReplay, switchMap, tap } from 'rxjs';
import { AssessmentBadge, StatusBadge } from '../shared/badges';
import { formatDecimal, formatIsoDate, todayIsoDate } from '../shared/format';
import { toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ReferenceData } from '../shared/reference-data';
import { EmissionsApi } from '../emissions/emissions-api';
import { climateGapFinding, emissionsChart, emissionsFinding, hasEmissionFigures } from '../emissions/emissions-chart';
import { CockpitApi } from './cockpit-api';
import {
  fieldOfActionChart,
  ghgChart,
  orgUnitChart,
  statusChart,
  timelinessByOrgUnitChart,
  timelinessChart,
  trendChart,
} from './cockpit-charts';
import { extraSections } from './cockpit-extras';
import {
  attentionFinding,
  fieldOfActionFinding,
  ghgFinding,
  orgUnitFinding,
  statusFinding,
  timelinessByOrgUnitFinding,
  timelinessFinding,
  trendFinding,
} from './cockpit-findings';
import {
  DEFAULT_COCKPIT_FILTER,
  ORG_UNIT_SORTS,
  ORG_UNIT_SORT_LABELS,
  filterFromQueryParams,
  filterToQueryParams,
  isNarrowed,
  sameData,
  type CockpitFilter,
} from './cockpit-query';

/**
 * What the cockpit shows for one filter. The parts arrive separately: the summary draws the figures
 * and charts at once, the slower attention list and per-unit report counts follow (null until then).
 */
interface CockpitData {
  summary: DashboardSummary;
  attention: DashboardAttention | null;
  /** Also null when the summary names no reporting period or the counts could not be loaded. */
  timelinessByOrgUnit: OrgUnitTimeliness[] | null;
}

type LoadState = { data: CockpitData; problem: null; complete: boolean } | { data: null; problem: Problem; complete: true };

/** How many measures of the attention list show before "Alle anzeigen". */
const ATTENTION_PREVIEW = 10;

/**
 * The mayor's page: where climate protection stands, at a glance. Every chart has a finding in
 * words and its numbers as a table; the filters live in the URL so a view can be shared.
 */
@Component({
  selector: 'ksc-cockpit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataChart, ProblemAlert, StatusBadge, AssessmentBadge],
  templateUrl: './cockpit.html',
  styleUrl: './cockpit.scss',
})
export class Cockpit {
  private readonly api = inject(CockpitApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly referenceData = inject(ReferenceData);
  protected readonly locale = inject(LOCALE_ID);

  protected readonly filter = toSignal(this.route.queryParamMap.pipe(map(toFilter)), { requireSync: true });
  protected readonly periods = toSignal(this.api.periods().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly fieldsOfAction = toSignal(this.referenceData.fieldsOfAction().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly orgUnits = toSignal(this.referenceData.orgUnits().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly trend = toSignal(this.api.trend().pipe(catchError(() => of(null))), { initialValue: undefined });
  /** The GHG balance against the path (issue #17): the city as a whole, whatever the filters say. */
  protected readonly emissions = toSignal(
    inject(EmissionsApi)
      .overview()
      .pipe(catchError(() => of(null))),
    { initialValue: undefined },
  );

  protected readonly loading = signal(true);
  /**
   * Read out by screen readers (a status region in the page): a changed selection loading and done.
   * Not on arrival: the page itself is what is read then, and it may have come complete from the server.
   */
  protected readonly announcement = signal('');
  private selections = 0;
  protected readonly problem = signal<Problem | null>(null);
  // One signal per part, so a part arriving later does not hand the charts new (equal) data to redraw.
  private readonly summary = signal<DashboardSummary | null>(null);
  private readonly attention = signal<DashboardAttention | null>(null);
  private readonly timelinessByOrgUnit = signal<OrgUnitTimeliness[] | null>(null);
  protected readonly showAllAttention = signal(false);
  /**
   * Set when the page is about to be printed: the parts rendered by the server but not yet taken over
   * by the browser (below the fold) are taken over, and every chart draws, not only those seen so far.
   */
  protected readonly printing = signal(false);
  /**
   * The charts, once rendered. (Referenced here, the chart component also stays in the page's own
   * chunk instead of one per @defer block: a cockpit rendered in the browser then shows its charts in
   * the same pass as the rest, instead of pushing the list below them down a moment later.)
   */
  private readonly charts = viewChildren(DataChart);

  protected readonly today = formatIsoDate(todayIsoDate(), this.locale);
  protected readonly orgUnitSorts = ORG_UNIT_SORTS;
  protected readonly orgUnitSortLabels = ORG_UNIT_SORT_LABELS;
  protected readonly reasonLabels = ATTENTION_REASON_LABELS;
  protected readonly narrowed = computed(() => isNarrowed(this.filter()));

  /** "Alle Handlungsfelder · Organisationseinheit 61 Stadtplanungsamt", for the print header and screen readers. */
  protected readonly selectionText = computed(() => {
    const f = this.filter();
    const field = this.fieldsOfAction().find((x) => x.id === f.fieldOfActionId);
    const unit = this.orgUnits().find((x) => x.id === f.orgUnitId);
    const [fieldName, unitName] = [field?.name, unit ? `${unit.code} ${unit.name}` : ''];
    return [
      field
        ? $localize`:@@cockpit.selection.field:Handlungsfeld ${fieldName}:name:`
        : $localize`:@@cockpit.selection.allFields:alle Handlungsfelder`,
      unit
        ? $localize`:@@cockpit.selection.orgUnit:Organisationseinheit ${unitName}:name: (federführend oder beteiligt)`
        : $localize`:@@cockpit.selection.allOrgUnits:alle Organisationseinheiten`,
    ].join(' · ');
  });

  protected readonly view = computed(() => {
    const summary = this.summary();
    if (!summary) return null;
    const filter = this.filter();
    const l = this.locale;
    return {
      summary,
      kpis: kpis(summary, l),
      basis: assessmentBasisText(summary, UI_LOCALE),
      status: { data: statusChart(summary, filter), finding: statusFinding(summary, l) },
      fields: { data: fieldOfActionChart(summary, filter), finding: fieldOfActionFinding(summary, l) },
      orgUnits: { data: orgUnitChart(summary, filter), finding: orgUnitFinding(summary, l) },
      ghg: { data: ghgChart(summary, filter), finding: ghgFinding(summary, l) },
      timeliness: { data: timelinessChart(summary), finding: timelinessFinding(summary, l) },
      extras: extraSections(summary),
    };
  });

  protected readonly timelinessByOrgUnitView = computed(() => {
    const byOrgUnit = this.timelinessByOrgUnit();
    if (!byOrgUnit) return null;
    return { data: timelinessByOrgUnitChart(byOrgUnit, this.filter()), finding: timelinessByOrgUnitFinding(byOrgUnit, this.locale) };
  });

  /**
   * The chart cards in page order, each with its numbers; a card whose part has not arrived is left
   * out, and the trend's card says so when it could not be loaded (`chart: null`).
   */
  protected readonly chartBlocks = computed(() => {
    const v = this.view();
    if (!v) return [];
    const trend = this.trendView();
    const timelinessByOrgUnit = this.timelinessByOrgUnitView();
    const parts: Record<ChartBlockId, ChartPart | null | undefined> = {
      status: v.status,
      fields: v.fields,
      'org-units': v.orgUnits,
      // undefined while loading (no card yet), null when it failed
      trend: trend ?? (this.trend() === null ? null : undefined),
      ghg: v.ghg,
      timeliness: v.timeliness,
      'timeliness-org-units': timelinessByOrgUnit ?? undefined,
    };
    return CHART_BLOCKS.filter((block) => parts[block.id] !== undefined).map((block) => ({ ...block, chart: parts[block.id] ?? null }));
  });

  protected readonly attentionView = computed(() => {
    const attention = this.attention();
    if (!attention) return null;
    return {
      ...attention,
      finding: attentionFinding(attention, this.locale),
      shown: this.showAllAttention() ? attention.items : attention.items.slice(0, ATTENTION_PREVIEW),
    };
  });

  protected readonly trendView = computed(() => {
    const points = this.trend();
    if (!points) return null;
    return { data: trendChart(points, this.locale), finding: trendFinding(points, this.locale), count: points.length };
  });

  protected readonly emissionsView = computed(() => {
    const overview = this.emissions();
    if (!overview || !hasEmissionFigures(overview)) return null;
    return {
      data: emissionsChart(overview),
      finding: emissionsFinding(overview, this.locale),
      climateGap: climateGapFinding(overview, this.locale),
    };
  });
  /** A city without a balance or path gets a sentence and the way to enter one, not an empty frame. */
  protected readonly emissionsMissing = computed(() => {
    const overview = this.emissions();
    return overview && !hasEmissionFigures(overview) ? emissionsFinding(overview, this.locale) : null;
  });

  protected readonly attentionPreview = ATTENTION_PREVIEW;
  protected readonly closedSuffix = $localize`:@@cockpit.filters.closedSuffix: (abgeschlossen)`;

  constructor() {
    // Printing from the browser's menu (Ctrl+P) as well as with the button.
    const beforePrint = () => this.printing.set(true);
    afterNextRender(() => this.document.defaultView?.addEventListener('beforeprint', beforePrint));
    inject(DestroyRef).onDestroy(() => this.document.defaultView?.removeEventListener('beforeprint', beforePrint));

    this.route.queryParamMap
      .pipe(
        map(toFilter),
        distinctUntilChanged(sameData),
        tap(() => {
          this.loading.set(true);
          if (++this.selections > 1) this.announcement.set($localize`:@@cockpit.announce.loading:Cockpit wird geladen …`);
        }),
        switchMap((selection) => {
          const summary = this.api.summary(selection).pipe(shareReplay(1));
          const timeliness = summary.pipe(
            switchMap((s) =>
              s.reportingPeriod ? this.api.timelinessByOrgUnit(s.reportingPeriod.id).pipe(catchError(() => of(null))) : of(null),
            ),
          );
          return merge(
            summary.pipe(map((value) => ({ summary: value }))),
            this.api.attention(selection).pipe(map((value) => ({ attention: value }))),
            timeliness.pipe(map((value) => ({ timelinessByOrgUnit: value }))),
          ).pipe(
            scan((parts, part): Partial<CockpitData> & { arrived: number } => ({ ...parts, ...part, arrived: parts.arrived + 1 }), {
              arrived: 0,
            }),
            // The previous view stays until the new figures are here, so the page never shows a mix of two filters.
            filter((parts) => parts.summary !== undefined),
            map(
              (parts): LoadState => ({
                data: {
                  summary: parts.summary!,
                  attention: parts.attention ?? null,
                  timelinessByOrgUnit: parts.timelinessByOrgUnit ?? null,
                },
                problem: null,
                complete: parts.arrived === 3,
              }),
            ),
            catchError((error: unknown) => of<LoadState>({ data: null, problem: toProblem(error), complete: true })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.problem.set(state.problem);
        if (state.data) {
          this.summary.set(state.data.summary);
          this.attention.set(state.data.attention);
          this.timelinessByOrgUnit.set(state.data.timelinessByOrgUnit);
        }
        if (!state.complete) return;
        this.loading.set(false);
        if (this.selections > 1 || !state.data)
          this.announcement.set(
            state.data
              ? $localize`:@@cockpit.announce.updated:Cockpit aktualisiert`
              : $localize`:@@cockpit.announce.failed:Das Cockpit konnte nicht geladen werden.`,
          );
      });
  }

  protected update(change: Partial<CockpitFilter>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: filterToQueryParams({ ...this.filter(), ...change }) });
  }

  protected sortOrgUnits(value: string): void {
    const orgUnitSort = ORG_UNIT_SORTS.find((sort) => sort === value);
    if (orgUnitSort) this.update({ orgUnitSort });
  }

  protected reset(): void {
    // The reset button goes away with the selection; the focus goes to the first filter, not to <body>.
    this.document.getElementById('cockpit-period')?.focus();
    this.update({ ...DEFAULT_COCKPIT_FILTER, orgUnitSort: this.filter().orgUnitSort });
  }

  /** A click on a chart segment (or Enter on the focused one) opens the filtered measure list. */
  protected open(segment: ChartSegment): void {
    if (!segment.link) return;
    void this.router.navigate([segment.link.path], { queryParams: segment.link.queryParams });
  }

  /** Prints once every chart has drawn (at most a few seconds: a chart that cannot draw prints its finding and table). */
  protected print(): void {
    this.printing.set(true);
    void allDrawn(() => this.charts(), PRINT_WAIT_MS).then(() => this.document.defaultView?.print());
  }
}

const PRINT_WAIT_MS = 3000;

type ChartBlockId = 'status' | 'fields' | 'org-units' | 'trend' | 'ghg' | 'timeliness' | 'timeliness-org-units';

interface ChartPart {
  data: ChartData;
  finding: string;
}

/** How one chart card is drawn (the data chart's inputs, with its defaults spelled out). */
interface ChartBlock {
  id: ChartBlockId;
  kind: ChartKind;
  heading: string;
  categoryHeader: string;
  valueAxisLabel: string | null;
  unit: string;
  decimals: number;
  valueMax: number | null;
  showTotals: boolean;
  stacked: boolean;
  horizontal: boolean;
  /** Spans the grid's full width (long lists of org units). */
  wide: boolean;
}

const chartBlock = (block: Pick<ChartBlock, 'id' | 'kind' | 'heading' | 'categoryHeader'> & Partial<ChartBlock>): ChartBlock => ({
  valueAxisLabel: null,
  unit: '',
  decimals: 0,
  valueMax: null,
  showTotals: true,
  stacked: false,
  horizontal: false,
  wide: false,
  ...block,
});

/** One stacked, lying bar per category (traffic lights or report states). */
const trafficLightBars = { kind: 'bar', stacked: true, horizontal: true } as const;

const CHART_BLOCKS: readonly ChartBlock[] = [
  chartBlock({
    id: 'status',
    kind: 'doughnut',
    heading: $localize`:@@cockpit.chart.status.heading:Maßnahmen nach Status`,
    categoryHeader: $localize`:@@cockpit.chart.status.categoryHeader:Status`,
  }),
  chartBlock({
    id: 'fields',
    ...trafficLightBars,
    heading: $localize`:@@cockpit.chart.fields.heading:Ampel je Handlungsfeld`,
    categoryHeader: $localize`:@@cockpit.chart.fields.categoryHeader:Handlungsfeld`,
    valueAxisLabel: $localize`:@@cockpit.chart.fields.valueAxisLabel:Anzahl Maßnahmen`,
  }),
  chartBlock({
    id: 'org-units',
    ...trafficLightBars,
    wide: true,
    heading: $localize`:@@cockpit.chart.orgUnits.heading:Ampel je federführender Stelle`,
    categoryHeader: $localize`:@@cockpit.chart.orgUnits.categoryHeader:Federführende Stelle`,
    valueAxisLabel: $localize`:@@cockpit.chart.orgUnits.valueAxisLabel:Anzahl Maßnahmen`,
  }),
  chartBlock({
    id: 'trend',
    kind: 'line',
    heading: $localize`:@@cockpit.chart.trend.heading:Fortschritt im Zeitverlauf`,
    categoryHeader: $localize`:@@cockpit.chart.trend.categoryHeader:Tagesstand`,
    valueAxisLabel: $localize`:@@cockpit.chart.trend.valueAxisLabel:Prozent`,
    unit: ' %',
    decimals: 1,
    valueMax: 100,
    showTotals: false,
  }),
  chartBlock({
    id: 'ghg',
    kind: 'bar',
    horizontal: true,
    heading: $localize`:@@cockpit.chart.ghg.heading:THG-Minderung: Ziel und erreicht`,
    categoryHeader: $localize`:@@cockpit.chart.ghg.categoryHeader:Handlungsfeld`,
    valueAxisLabel: $localize`:@@cockpit.chart.ghg.valueAxisLabel:t CO₂e pro Jahr`,
    unit: ' t',
    decimals: 1,
  }),
  chartBlock({
    id: 'timeliness',
    kind: 'doughnut',
    heading: $localize`:@@cockpit.chart.timeliness.heading:Sachstandsmeldungen im Berichtszeitraum`,
    categoryHeader: $localize`:@@cockpit.chart.timeliness.categoryHeader:Meldung`,
  }),
  chartBlock({
    id: 'timeliness-org-units',
    ...trafficLightBars,
    wide: true,
    heading: $localize`:@@cockpit.chart.timelinessOrgUnits.heading:Sachstandsmeldungen je federführender Stelle`,
    categoryHeader: $localize`:@@cockpit.chart.timelinessOrgUnits.categoryHeader:Federführende Stelle`,
    valueAxisLabel: $localize`:@@cockpit.chart.timelinessOrgUnits.valueAxisLabel:Anzahl Meldungen`,
  }),
];

/** Resolves once every chart has drawn, or after `maxMs`. */
function allDrawn(charts: () => readonly DataChart[], maxMs: number): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      const all = charts();
      if ((all.length && all.every((chart) => chart.drawn())) || Date.now() - started > maxMs) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}

function toFilter(params: ParamMap): CockpitFilter {
  return filterFromQueryParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));
}

function kpis(summary: DashboardSummary, locale: string) {
  const n = (value: number, digits = 0) => formatDecimal(value, locale, digits);
  const { total, byAssessment, averageProgressPercent } = summary.measures;
  const { targetTPerYear, achievedTPerYear } = summary.ghg;
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
  const [onTrackShare, notAssessed, expected] = [
    percent(byAssessment.ON_TRACK, total),
    n(byAssessment.NOT_ASSESSED),
    n(summary.reports.expected),
  ];
  return [
    { id: 'total', value: n(total), label: $localize`:@@cockpit.kpi.total:aktive Maßnahmen` },
    {
      id: 'progress',
      value: `${n(averageProgressPercent, 1)} %`,
      label: $localize`:@@cockpit.kpi.progress:durchschnittlicher Fortschritt`,
    },
    { id: 'on-track', value: n(byAssessment.ON_TRACK), label: $localize`:@@cockpit.kpi.onTrack:im Plan (${onTrackShare}:percent: %)` },
    {
      id: 'off-track',
      value: n(byAssessment.OFF_TRACK),
      label: $localize`:@@cockpit.kpi.offTrack:kritisch (Ampel rot); ${notAssessed}:notAssessed: nicht bewertet`,
    },
    {
      id: 'ghg',
      value: targetTPerYear > 0 ? `${percent(achievedTPerYear, targetTPerYear)} %` : '–',
      label: $localize`:@@cockpit.kpi.ghg:des THG-Minderungsziels erreicht`,
    },
    {
      id: 'overdue',
      value: n(summary.reports.overdue),
      label: $localize`:@@cockpit.kpi.overdue:Sachstandsmeldungen überfällig (von ${expected}:expected:)`,
    },
  ];
}
