import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterNextRender,
  afterRenderEffect,
  computed,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Chart } from 'chart.js';
import { patternFill } from './chart-colours';
import { buildChartConfig } from './chart-config';
import {
  categoryTotal,
  isEmptyChart,
  navigableSegments,
  percentOf,
  seriesTotal,
  type ChartData,
  type ChartKind,
  type ChartLink,
  type ChartSegment,
} from './chart-model';

type ChartJs = typeof import('./chart-runtime');
let chartJs: Promise<ChartJs> | null = null;
/** Chart.js is its own chunk: a page's text and tables do not wait for it, and it is fetched once. */
const loadChartJs = () => (chartJs ??= import('./chart-runtime'));

/**
 * Charts draw one per task: Chart.js spends 20–100 ms on a chart, and the charts of a page drawn in
 * one go kept the browser from answering a click or a key for all of that time (and from painting
 * the first chart before the last was done).
 */
const drawQueue: (() => void)[] = [];
let drawScheduled = false;
function queueDraw(draw: () => void): () => void {
  drawQueue.push(draw);
  drawSoon();
  return () => {
    const index = drawQueue.indexOf(draw);
    if (index >= 0) drawQueue.splice(index, 1);
  };
}
let whenDrawn: (() => void)[] = [];
/** Resolves once every chart waiting to be drawn is drawn (tests, and code that reads the canvas). */
export function chartsDrawn(): Promise<void> {
  return drawQueue.length || drawScheduled ? new Promise((resolve) => whenDrawn.push(resolve)) : Promise.resolve();
}
function drawSoon(): void {
  if (!drawQueue.length && !drawScheduled) {
    const waiting = whenDrawn;
    whenDrawn = [];
    waiting.forEach((resolve) => resolve());
  }
  if (drawScheduled || !drawQueue.length) return;
  drawScheduled = true;
  setTimeout(() => {
    drawScheduled = false;
    try {
      drawQueue.shift()?.();
    } finally {
      drawSoon();
    }
  });
}

/** One formatter per locale and precision for all charts: creating one costs more than formatting a table. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormatFor(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals })));
  return format;
}

interface TableCell {
  seriesKey: string;
  /** null: the series has no value for this category. */
  value: number | null;
  text: string;
  link: ChartLink | null;
}

interface TableRow {
  key: string;
  label: string;
  link: ChartLink | null;
  cells: TableCell[];
  total: string;
  share: string;
}

/**
 * A chart with its title, a one-sentence finding, keyboard access and the same numbers as a table.
 * Presentational: it injects nothing, draws what it is given and reports clicks on a segment
 * (mouse, or arrow keys + Enter on the focused chart) through `segmentClick`.
 */
@Component({
  selector: 'ksc-data-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './data-chart.html',
  styleUrl: './data-chart.scss',
})
export class DataChart implements OnDestroy {
  /** Unique on the page; prefixes element ids. */
  readonly chartId = input.required<string>();
  readonly kind = input.required<ChartKind>();
  readonly heading = input.required<string>();
  readonly headingLevel = input<2 | 3>(2);
  /** The finding in words, e.g. "12 von 40 Maßnahmen sind verzögert." */
  readonly finding = input.required<string>();
  readonly data = input.required<ChartData>();
  readonly stacked = input(false);
  readonly horizontal = input(false);
  /** Header of the table's first column, e.g. "Handlungsfeld". */
  readonly categoryHeader = input($localize`:@@charts.categoryHeader:Kategorie`);
  readonly valueAxisLabel = input<string | null>(null);
  readonly valueMax = input<number | null>(null);
  /** Appended to values in tooltips, announcements and table cells, e.g. " %". */
  readonly unit = input('');
  readonly decimals = input(0);
  readonly locale = input('de-DE');
  /** "Gesamt" row (and, for stacked bars, a "Gesamt" column). Off for time series. */
  readonly showTotals = input(true);
  readonly tableOpen = input(false);
  /** Whether the table has been opened (or starts open); its rows are rendered from then on. */
  protected readonly tableShown = linkedSignal(() => this.tableOpen());
  /** Canvas height in px; by default derived from the kind and the number of categories. */
  readonly height = input<number | null>(null);

  readonly segmentClick = output<ChartSegment>();
  /** Whether the chart has been drawn on its canvas (it waits until it comes near the screen). */
  readonly drawn = signal(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  /** Chart.js, once loaded. */
  private readonly runtime = signal<ChartJs | null>(null);
  /**
   * Drawn only once the chart comes near the screen (or the page is printed): a cockpit of seven
   * charts would otherwise block the first seconds of a phone's main thread on charts no one sees yet.
   */
  private readonly seen = signal(typeof IntersectionObserver === 'undefined');
  /** Draw now, wherever the chart is (a page about to be printed), instead of once it comes near the screen. */
  readonly eager = input(false);
  private readonly wanted = computed(() => this.seen() || this.eager());
  private visibility: IntersectionObserver | null = null;
  /** Printing cannot wait for the next render: a chart not drawn yet is drawn right now. */
  private readonly drawBeforePrint = () => {
    const runtime = this.runtime();
    this.seen.set(true);
    if (runtime && !this.chart) {
      this.cancelQueuedDraw();
      this.draw(runtime, untracked(this.config), this.canvas().nativeElement);
    }
  };
  /** A draw waiting for its turn (see queueDraw); it draws the configuration current by then. */
  private cancelDraw: (() => void) | null = null;
  private readonly animate = typeof matchMedia === 'function' ? !matchMedia('(prefers-reduced-motion: reduce)').matches : true;

  protected readonly titleId = computed(() => `${this.chartId()}-title`);
  protected readonly findingId = computed(() => `${this.chartId()}-finding`);
  protected readonly hintId = computed(() => `${this.chartId()}-hint`);
  protected readonly empty = computed(() => isEmptyChart(this.data()));
  protected readonly linked = computed(() => navigableSegments(this.data()).some((s) => s.link));
  protected readonly canvasLabel = computed(() => {
    const heading = this.heading();
    const finding = this.finding();
    return $localize`:@@charts.canvasLabel:Diagramm: ${heading}:heading:. ${finding}:finding: Die Werte stehen auch in der Tabelle unter dem Diagramm.`;
  });
  protected readonly tableLabel = computed(() => {
    const heading = this.heading();
    return $localize`:@@charts.table.label:Tabelle: ${heading}:heading:`;
  });

  protected readonly canvasHeight = computed(() => {
    const explicit = this.height();
    if (explicit) return explicit;
    const count = this.data().categories.length;
    if (this.kind() === 'bar' && this.horizontal()) {
      const perCategory = this.stacked() || this.data().series.length === 1 ? 30 : 22 * this.data().series.length + 8;
      return Math.max(180, count * perCategory + 90);
    }
    return this.kind() === 'doughnut' ? 260 : 300;
  });

  private readonly numberFormat = computed(() => numberFormatFor(this.locale(), this.decimals()));
  protected format(value: number | null): string {
    return value === null ? '–' : `${this.numberFormat().format(value)}${this.unit()}`;
  }

  /** Single-series charts (doughnut) show each value's share of the whole. */
  protected readonly showShare = computed(() => this.kind() === 'doughnut' && this.data().series.length === 1);
  protected readonly showRowTotal = computed(() => this.showTotals() && this.stacked() && this.data().series.length > 1);

  protected readonly rows = computed<TableRow[]>(() => {
    const data = this.data();
    const grand = data.series.reduce((sum, s) => sum + seriesTotal(s), 0);
    return data.categories.map((category, c) => {
      const total = categoryTotal(data, c);
      return {
        key: category.key,
        label: category.label,
        link: category.link ?? null,
        cells: data.series.map((series) => {
          const value = series.values[c] ?? null;
          return { seriesKey: series.key, value, text: this.format(value), link: series.links?.[c] ?? category.link ?? null };
        }),
        total: this.format(total),
        share: `${percentOf(total, grand)} %`,
      };
    });
  });

  protected readonly columnTotals = computed(() => {
    const data = this.data();
    const totals = data.series.map((s) => this.format(seriesTotal(s)));
    const grand = this.format(data.series.reduce((sum, s) => sum + seriesTotal(s), 0));
    return { totals, grand };
  });

  /**
   * The figures in one line, printed in place of a chart that has not been drawn when the page goes to
   * paper (printed from the browser's menu before the app took over the page): a printout never shows
   * an empty frame. One element, not a table, so the page carries no extra rows on screen.
   */
  protected readonly printFigures = computed(() => {
    const data = this.data();
    const named = data.series.length > 1;
    return data.categories
      .map((category, c) => {
        const values = data.series.map((series) => `${this.format(series.values[c] ?? null)}${named ? ` ${series.label}` : ''}`);
        return `${category.label}: ${values.join(', ')}`;
      })
      .join('; ');
  });

  private readonly segments = computed(() => navigableSegments(this.data()));
  /** The segment chosen with the arrow keys; reset whenever new data arrive. */
  protected readonly active = linkedSignal<ChartData, number | null>({ source: this.data, computation: () => null });
  protected readonly announcement = computed(() => {
    const index = this.active();
    const segment = index === null ? null : this.segments()[index];
    if (!segment) return '';
    const series = this.data().series.length > 1 ? `, ${segment.seriesLabel}` : '';
    const action = segment.link ? $localize`:@@charts.enterOpensList: – Eingabetaste öffnet die passende Liste.` : '';
    return `${segment.categoryLabel}${series}: ${this.format(segment.value)}${action}`;
  });

  private readonly config = computed(() =>
    buildChartConfig({
      kind: this.kind(),
      data: this.data(),
      stacked: this.stacked(),
      horizontal: this.horizontal(),
      valueAxisLabel: this.valueAxisLabel(),
      valueMax: this.valueMax(),
      decimals: this.decimals(),
      format: (value) => this.format(value),
      fill: patternFill,
      animate: this.animate,
      // Drawn at least at double resolution, so a printed chart stays sharp.
      devicePixelRatio: Math.max(typeof devicePixelRatio === 'number' ? devicePixelRatio : 1, 2),
      onSegmentClick: (segment) => this.segmentClick.emit(segment),
    }),
  );

  constructor() {
    // In the browser only: a page rendered on the server draws nothing, so it needs no Chart.js there.
    afterNextRender(() => void loadChartJs().then((runtime) => this.runtime.set(runtime)));
    if (!this.seen()) {
      this.visibility = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.seen.set(true), {
        rootMargin: '200px',
      });
      afterNextRender(() => this.visibility?.observe(this.canvas().nativeElement));
    }
    globalThis.addEventListener?.('beforeprint', this.drawBeforePrint);

    afterRenderEffect(() => {
      const runtime = this.runtime();
      if (!runtime || !this.wanted()) return;
      this.config();
      if (this.cancelDraw) return;
      this.cancelDraw = queueDraw(() => {
        this.cancelDraw = null;
        this.draw(runtime, untracked(this.config), this.canvas().nativeElement);
      });
    });
  }

  private cancelQueuedDraw(): void {
    this.cancelDraw?.();
    this.cancelDraw = null;
  }

  private draw(runtime: ChartJs, config: ReturnType<typeof buildChartConfig>, canvas: HTMLCanvasElement): void {
    if (this.chart && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
    } else {
      this.chart?.destroy();
      // Marked first: on paper a chart not drawn yet has its frame hidden (its figures print instead),
      // and Chart.js must measure the frame as shown, or a chart drawn just before printing is 0 px wide.
      canvas.dataset['drawn'] = 'true';
      // The first draw is not animated: it would repaint the chart for 400 ms while the page is still
      // loading (a tall bar chart of 100 org units costs ~100 ms a frame), and the numbers are what the
      // reader came for. Later changes (another filter) animate as configured.
      this.chart = new runtime.Chart(canvas, { ...config, options: { ...config.options, animation: false } });
      this.chart.options.animation = config.options?.animation ?? false;
      this.visibility?.disconnect();
      // `data-drawn` also lets tests (and the curious) tell a drawn chart from one still waiting to come into view.
      this.drawn.set(true);
    }
  }

  ngOnDestroy(): void {
    this.cancelQueuedDraw();
    this.visibility?.disconnect();
    globalThis.removeEventListener?.('beforeprint', this.drawBeforePrint);
    // Chart.js keeps listeners and a ResizeObserver on the canvas until it is destroyed.
    this.chart?.destroy();
    this.chart = null;
  }

  protected onKeydown(event: KeyboardEvent): void {
    const segments = this.segments();
    const count = segments.length;
    if (!count) return;
    const current = this.active();
    let next: number | null;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current === null ? 0 : (current + 1) % count;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current === null ? count - 1 : (current - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        next = null;
        break;
      case 'Enter':
      case ' ':
        if (current !== null) {
          event.preventDefault();
          this.segmentClick.emit(segments[current]);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active.set(next);
    this.highlight(next === null ? null : segments[next]);
  }

  protected onBlur(): void {
    this.active.set(null);
    this.highlight(null);
  }

  private highlight(segment: ChartSegment | null): void {
    const chart = this.chart;
    if (!chart) return;
    const elements = segment ? [{ datasetIndex: this.kind() === 'doughnut' ? 0 : segment.seriesIndex, index: segment.categoryIndex }] : [];
    chart.setActiveElements(elements);
    const area = chart.chartArea;
    chart.tooltip?.setActiveElements(elements, { x: area ? (area.left + area.right) / 2 : 0, y: area ? (area.top + area.bottom) / 2 : 0 });
    chart.update();
  }
}
