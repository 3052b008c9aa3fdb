import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import type { PatternKind } from '@klimaschutz/contracts';
import PDFDocument from 'pdfkit';

type Struct = PDFDocument.StructureElement;

/** Where Linux distributions put DejaVu (Debian/Ubuntu `fonts-dejavu-core`, Fedora, Alpine, Arch). */
const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/truetype/ttf-dejavu',
];

/**
 * An embedded font is what PDF/UA asks for, and DejaVu has every glyph a German report needs. Without
 * it the report falls back to the built-in Helvetica (WinAnsi: ä ö ü ß € – „“ still print, but the
 * font is not embedded, so the file no longer claims PDF/UA).
 */
export function findFonts(): { regular: string; bold: string } | null {
  for (const dir of FONT_DIRS) {
    const regular = join(dir, 'DejaVuSans.ttf');
    const bold = join(dir, 'DejaVuSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  return null;
}

export const COLOURS = { text: '#1b1c1a', muted: '#4a4f4a', rule: '#8a8f8a', headerFill: '#e4e9e4' } as const;

/**
 * The web charts' patterns as 6 × 6 pt PDF tiles (path operators only: the fill gives the colour).
 * Drawn in white over a segment's colour, they tell the series apart without colour (WCAG 1.4.1).
 */
const PATTERN_TILES: Record<Exclude<PatternKind, 'solid'>, string> = {
  diagonal: '1.2 w 0 0 m 6 6 l S -3 3 m 3 9 l S 3 -3 m 9 3 l S',
  'diagonal-back': '1.2 w 0 6 m 6 0 l S -3 3 m 3 -3 l S 3 9 m 9 3 l S',
  dots: '2 2 2 2 re f',
  cross: '1.2 w 3 0 m 3 6 l S 0 3 m 6 3 l S',
  vertical: '1.2 w 3 0 m 3 6 l S',
  horizontal: '1.2 w 0 3 m 6 3 l S',
  zigzag: '1.2 w 0 1.5 m 3 4.5 l 6 1.5 l S',
};

/** The line between chart segments: white has at least 3:1 against every chart colour (WCAG 1.4.11). */
export const CHART_SEPARATOR = { colour: '#ffffff', width: 1 } as const;

const SIZES = { body: 10, small: 8.5, h1: 24, h2: 16, h3: 12.5 } as const;
const CELL_PADDING = 4;

export interface Column {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

export interface TableSpec {
  caption: string;
  columns: Column[];
  rows: string[][];
  /** Cells of this column are row headers (TH, scope Row), e.g. the name in a table of numbers. */
  rowHeaderColumn?: number;
  /** The column whose long text may continue on the next page (the report text). */
  splitColumn?: number;
  /** Called after every row, e.g. to yield to the event loop and report progress. */
  afterRow?: (index: number) => Promise<void> | void;
}

/**
 * Sanitises text from the database: unified line breaks, no control characters. A line break keeps a
 * space before it, so that text extraction and screen readers do not glue the lines' words together.
 */
export const clean = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/ *\n */g, ' \n')
    .trim();

/**
 * A tagged A4 document (PDF/UA-minded): every text sits in a structure element in reading order,
 * decorations (rules, fills, page numbers, repeated table headers) are artifacts, figures carry an
 * alternative text. Sections nest as `Sect` elements under one `Document`.
 */
export class ReportWriter {
  readonly doc: PDFDocument;
  private readonly parents: Struct[] = [];
  private readonly fonts: { regular: string; bold: string };
  private readonly patterns = new Map<PatternKind, PDFDocument.TilingPattern>();
  /** Measured text widths; a big city's tables repeat the same words thousands of times. */
  private readonly widths = new Map<string, number>();
  readonly embeddedFonts: boolean;

  constructor(meta: { title: string; author: string; subject: string }) {
    const found = findFonts();
    this.embeddedFonts = found !== null;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      lang: 'de-DE',
      displayTitle: true,
      pdfVersion: '1.7',
      ...(found ? { subset: 'PDF/UA' as const } : {}),
      bufferPages: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject },
    });
    if (found) {
      this.doc.registerFont('regular', found.regular);
      this.doc.registerFont('bold', found.bold);
      this.fonts = { regular: 'regular', bold: 'bold' };
    } else {
      this.fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
    }
    this.doc.font(this.fonts.regular).fontSize(SIZES.body).fillColor(COLOURS.text);
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.parents.push(root);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get parent(): Struct {
    return this.parents[this.parents.length - 1];
  }

  private get bottom(): number {
    return this.doc.page.maxY();
  }

  /** A `Sect` around what `body` writes. */
  async section(body: () => Promise<void> | void): Promise<void> {
    const sect = this.doc.struct('Sect');
    this.parent.add(sect);
    this.parents.push(sect);
    try {
      await body();
    } finally {
      this.parents.pop();
      sect.end();
    }
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  heading(level: 1 | 2 | 3, text: string, options: { bookmark?: boolean } = {}): void {
    const size = level === 1 ? SIZES.h1 : level === 2 ? SIZES.h2 : SIZES.h3;
    // Keep a heading with at least a few lines of what follows it.
    this.ensureSpace(size * 1.4 + 60);
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += level === 3 ? 6 : 10;
    if (options.bookmark) this.doc.outline.addItem(text);
    this.leaf(`H${level}`, () => this.write(text, { font: 'bold', size, paragraphGap: level === 1 ? 10 : 6 }));
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; colour?: string } = {}): void {
    this.leaf('P', () =>
      this.write(text, {
        font: options.bold ? 'bold' : 'regular',
        size: options.size ?? SIZES.body,
        paragraphGap: 6,
        colour: options.colour,
      }),
    );
  }

  /** A figure drawn with vector shapes, tagged with its alternative text and bounding box. */
  figure(alt: string, height: number, draw: (x: number, y: number, width: number) => void): void {
    this.ensureSpace(height);
    const { doc } = this;
    const [x, y, width] = [this.left, doc.y, this.width];
    const figure = doc.struct('Figure', { alt });
    this.parent.add(figure);
    figure.add(() => {
      doc.save();
      draw(x, y, width);
      doc.restore();
    });
    figure.dictionary.data['A'] = {
      O: 'Layout',
      Placement: 'Block',
      BBox: [x, doc.page.height - (y + height), x + width, doc.page.height - y],
    };
    figure.end();
    doc.font(this.fonts.regular).fontSize(SIZES.body).fillColor(COLOURS.text);
    doc.x = this.left;
    doc.y = y + height + 8;
  }

  /**
   * A chart segment (bar, stacked part, legend swatch): its colour, its pattern in white on top, and a
   * white outline, so that neighbouring segments are told apart by more than their colour.
   */
  swatch(x: number, y: number, width: number, height: number, colour: string, pattern: PatternKind): void {
    const { doc } = this;
    doc.rect(x, y, width, height).fill(colour);
    if (pattern !== 'solid') {
      let tile = this.patterns.get(pattern);
      if (!tile) {
        tile = doc.pattern([0, 0, 6, 6], 6, 6, PATTERN_TILES[pattern]);
        this.patterns.set(pattern, tile);
      }
      doc.rect(x, y, width, height).fill([tile, CHART_SEPARATOR.colour]);
    }
    doc.lineWidth(CHART_SEPARATOR.width).rect(x, y, width, height).stroke(CHART_SEPARATOR.colour);
  }

  /** Draws text in `font` at a point, outside the flow (for use inside `figure`). */
  label(
    text: string,
    x: number,
    y: number,
    options: { bold?: boolean; size?: number; width?: number; align?: 'left' | 'center' | 'right'; colour?: string } = {},
  ): void {
    this.doc
      .font(options.bold ? this.fonts.bold : this.fonts.regular)
      .fontSize(options.size ?? SIZES.small)
      .fillColor(options.colour ?? COLOURS.text)
      .text(text, x, y, {
        width: options.width,
        align: options.align,
        lineBreak: options.width !== undefined,
        height: options.width ? 40 : undefined,
      });
  }

  widthOf(text: string, size: number = SIZES.small, bold = false): number {
    const key = `${bold ? 'b' : 'r'}${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc
        .font(bold ? this.fonts.bold : this.fonts.regular)
        .fontSize(size)
        .widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /**
   * A table that breaks across pages: the header row repeats on every page (as an artifact, so a
   * screen reader hears it once), and a row too tall for the rest of the page continues on the next
   * one within the same TR/TD elements.
   */
  async table(spec: TableSpec): Promise<void> {
    const { doc } = this;
    const widths = this.columnWidths(spec);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const size = SIZES.small;
    const table = doc.struct('Table');
    this.parent.add(table);

    const headerHeight = Math.max(...spec.columns.map((c, i) => this.cellHeight(c.header, widths[i], true)));
    const rowHeight = (cells: string[]) => Math.max(...cells.map((text, i) => this.cellHeight(text, widths[i], false)));
    // Caption, header and a first row stay together.
    this.ensureSpace(size * 2.5 + headerHeight + (spec.rows[0] ? Math.min(rowHeight(spec.rows[0]), 80) : 0));
    table.add(doc.struct('Caption', [() => this.write(spec.caption, { font: 'bold', size: SIZES.body, paragraphGap: 4 })]));

    const drawHeader = (tagged: boolean) => {
      const y = doc.y;
      this.artifact(() => {
        doc.rect(this.left, y, this.width, headerHeight).fill(COLOURS.headerFill);
        this.rule(y + headerHeight, 0.8);
      });
      if (tagged) {
        const head = doc.struct('THead');
        table.add(head);
        const tr = doc.struct('TR');
        head.add(tr);
        spec.columns.forEach((c, i) => {
          const th = doc.struct('TH');
          th.dictionary.data['A'] = { O: 'Table', Scope: 'Column' };
          tr.add(th);
          th.add(() => this.cellText(c.header, xs[i], y, widths[i], headerHeight, true, c.align));
          th.end();
        });
        tr.end();
        head.end();
      } else {
        this.artifact(() => spec.columns.forEach((c, i) => this.cellText(c.header, xs[i], y, widths[i], headerHeight, true, c.align)));
      }
      doc.y = y + headerHeight;
    };
    const continueOnNewPage = () => {
      this.newPage();
      drawHeader(false);
    };

    drawHeader(true);
    const body = doc.struct('TBody');
    table.add(body);
    for (const [index, row] of spec.rows.entries()) {
      const tr = doc.struct('TR');
      body.add(tr);
      const cells = row.map((_, i) => {
        const cell = doc.struct(i === spec.rowHeaderColumn ? 'TH' : 'TD');
        if (i === spec.rowHeaderColumn) cell.dictionary.data['A'] = { O: 'Table', Scope: 'Row' };
        tr.add(cell);
        return cell;
      });
      let remaining = row.map((text) => clean(text));
      let continued = false;
      for (;;) {
        const height = rowHeight(remaining);
        const available = this.bottom - doc.y;
        if (height <= available) {
          this.drawRow(remaining, cells, xs, widths, height, spec, continued ? row[0] : null);
          break;
        }
        const freshPage = this.bottom - this.doc.page.margins.top - headerHeight;
        const atTop = available >= freshPage - 1;
        // A row taller than a whole page must split somewhere: in the long-text column, or else the tallest.
        const split = spec.splitColumn ?? (atTop ? remaining.indexOf([...remaining].sort((a, b) => b.length - a.length)[0]) : undefined);
        const fixedHeight = split === undefined ? height : rowHeight(remaining.map((text, i) => (i === split ? '' : text)));
        // Split only a row that could not fit on a fresh page either, or when enough room is left to be worth it.
        const worthSplitting = split !== undefined && (atTop || (fixedHeight <= available && (height > freshPage || available >= 140)));
        const head = worthSplitting ? this.fitPrefix(remaining[split], widths[split], available - 2 * CELL_PADDING) : '';
        if (!head) {
          if (atTop) {
            // Nothing fits even on a fresh page (cannot happen with real text): print it rather than loop.
            this.drawRow(remaining, cells, xs, widths, height, spec, continued ? row[0] : null);
            break;
          }
          continueOnNewPage();
          continue;
        }
        const part = remaining.map((text, i) => (i === split ? head : text));
        this.drawRow(part, cells, xs, widths, available, spec, continued ? row[0] : null);
        remaining = remaining.map((text, i) => (i === split ? text.slice(head.length).trimStart() : ''));
        continued = true;
        continueOnNewPage();
      }
      cells.forEach((c) => c.end());
      tr.end();
      await spec.afterRow?.(index);
    }
    body.end();
    table.end();
    doc.x = this.left;
    doc.y += 10;
  }

  /**
   * Each column gets its share of the width, but at least its longest word (header or cell), so that
   * „Organisationseinheit“ is not broken in the middle; the difference comes out of the columns that
   * have room to spare (most of it from the long-text column, which wraps anywhere).
   */
  private columnWidths(spec: TableSpec): number[] {
    const longestWord = (text: string, bold: boolean) =>
      Math.max(
        0,
        ...clean(text)
          .split(/\s+/)
          .map((word) => this.widthOf(word, SIZES.small, bold)),
      );
    const minimum = spec.columns.map((c, i) => {
      if (i === spec.splitColumn) return c.share * this.width * 0.75;
      let cells = 0;
      for (const row of spec.rows) cells = Math.max(cells, longestWord(row[i] ?? '', i === spec.rowHeaderColumn));
      // A rare very long compound word in a cell may break rather than squeeze the other columns.
      return Math.max(longestWord(c.header, true), Math.min(cells, c.share * this.width)) + 2 * CELL_PADDING + 1;
    });
    const widths = spec.columns.map((c, i) => Math.max(c.share * this.width, minimum[i]));
    const excess = widths.reduce((a, b) => a + b, 0) - this.width;
    if (excess <= 0) return widths;
    const slack = widths.reduce((sum, width, i) => sum + (width - minimum[i]), 0);
    if (slack >= excess) return widths.map((width, i) => width - (excess * (width - minimum[i])) / slack);
    return widths.map((width) => (width * this.width) / (this.width + excess));
  }

  /** Page numbers on every page but the title page, as pagination artifacts; then the finished file. */
  async finish(footer: string): Promise<Buffer> {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - doc.page.margins.bottom + 18;
      this.artifact(() => {
        this.label(footer, this.left, y, { colour: COLOURS.muted });
        const pageText = `Seite ${i + 1} von ${count}`;
        this.label(pageText, this.left + this.width - this.widthOf(pageText), y, { colour: COLOURS.muted });
      }, 'Pagination');
    }
    this.parents[0].end();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    await tick();
    doc.end();
    await ended;
    return Buffer.concat(chunks);
  }

  private leaf(type: string, draw: () => void): void {
    this.parent.add(this.doc.struct(type, [draw]));
  }

  private write(text: string, options: { font: 'regular' | 'bold'; size: number; paragraphGap: number; colour?: string }): void {
    this.doc
      .font(this.fonts[options.font])
      .fontSize(options.size)
      .fillColor(options.colour ?? COLOURS.text)
      .text(clean(text), this.left, this.doc.y, { width: this.width, paragraphGap: options.paragraphGap, lineGap: 1.5 });
    this.doc.font(this.fonts.regular).fontSize(SIZES.body).fillColor(COLOURS.text);
  }

  private artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  private rule(y: number, width = 0.4): void {
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(width)
      .stroke(COLOURS.rule);
  }

  private cellHeight(text: string, width: number, bold: boolean): number {
    if (!text) return 2 * CELL_PADDING;
    this.doc.font(bold ? this.fonts.bold : this.fonts.regular).fontSize(SIZES.small);
    return this.doc.heightOfString(text, { width: width - 2 * CELL_PADDING, lineGap: 1 }) + 2 * CELL_PADDING;
  }

  private cellText(text: string, x: number, y: number, width: number, height: number, bold: boolean, align?: 'left' | 'right'): void {
    this.doc
      .font(bold ? this.fonts.bold : this.fonts.regular)
      .fontSize(SIZES.small)
      .fillColor(COLOURS.text)
      .text(text, x + CELL_PADDING, y + CELL_PADDING, { width: width - 2 * CELL_PADDING, height: height + 2, lineGap: 1, align });
  }

  private drawRow(
    cells: string[],
    elements: Struct[],
    xs: number[],
    widths: number[],
    height: number,
    spec: TableSpec,
    continuedCode: string | null,
  ): void {
    const y = this.doc.y;
    cells.forEach((text, i) => {
      if (text) elements[i].add(() => this.cellText(text, xs[i], y, widths[i], height, i === spec.rowHeaderColumn, spec.columns[i].align));
    });
    this.artifact(() => {
      this.rule(y + height);
      // A row continued from the previous page names its measure again, for sighted readers only.
      if (continuedCode) this.label(`${clean(continuedCode)} (Forts.)`, xs[0] + CELL_PADDING, y + CELL_PADDING, { colour: COLOURS.muted });
    });
    this.doc.x = this.left;
    this.doc.y = y + height;
  }

  /** The longest run of whole words of `text` that fits `maxHeight` in a cell of `width`. */
  private fitPrefix(text: string, width: number, maxHeight: number): string {
    const tokens = text.split(/(?<=\s)/);
    const fits = (n: number) => this.cellHeight(tokens.slice(0, n).join('').trimEnd(), width, false) <= maxHeight + 2 * CELL_PADDING;
    if (!fits(1)) return '';
    let [low, high] = [1, tokens.length];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    return tokens.slice(0, low).join('');
  }
}
