/**
 * The part of pdfkit 0.18 that the council report uses. pdfkit ships no type declarations and
 * @types/pdfkit lags behind its structure (tagging) API, so the few calls are typed here.
 */
declare module 'pdfkit' {
  import { Readable } from 'node:stream';

  namespace PDFDocument {
    interface TextOptions {
      width?: number;
      height?: number;
      align?: 'left' | 'center' | 'right' | 'justify';
      lineGap?: number;
      paragraphGap?: number;
      lineBreak?: boolean;
    }

    interface StructureElement {
      add(child: StructureElement | (() => void)): this;
      end(): void;
      /** The element's PDF dictionary; `data.A` takes attributes such as a figure's BBox. */
      readonly dictionary: { data: Record<string, unknown> };
    }

    interface StructureOptions {
      title?: string;
      lang?: string;
      /** Alternative text (figures). */
      alt?: string;
      /** Replacement text for screen readers. */
      actual?: string;
    }

    interface DocumentOptions {
      size?: string | [number, number];
      margin?: number;
      tagged?: boolean;
      lang?: string;
      displayTitle?: boolean;
      pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
      subset?: 'PDF/UA';
      bufferPages?: boolean;
      autoFirstPage?: boolean;
      info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; CreationDate?: Date };
    }

    interface Page {
      readonly width: number;
      readonly height: number;
      readonly margins: { top: number; bottom: number; left: number; right: number };
      maxY(): number;
    }

    /** An uncoloured tiling pattern (`doc.pattern`); a fill gives it its colour: `fill([pattern, '#ffffff'])`. */
    interface TilingPattern {
      readonly xStep: number;
    }

    interface Outline {
      addItem(title: string): Outline;
    }
  }

  class PDFDocument extends Readable {
    constructor(options?: PDFDocument.DocumentOptions);
    x: number;
    y: number;
    readonly page: PDFDocument.Page;
    readonly outline: PDFDocument.Outline;
    registerFont(name: string, src: string): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, options?: PDFDocument.TextOptions): this;
    text(text: string, x: number, y: number, options?: PDFDocument.TextOptions): this;
    heightOfString(text: string, options?: PDFDocument.TextOptions): number;
    widthOfString(text: string): number;
    currentLineHeight(includeGap?: boolean): number;
    rect(x: number, y: number, width: number, height: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string | [PDFDocument.TilingPattern, string]): this;
    pattern(bbox: [number, number, number, number], xStep: number, yStep: number, stream: string): PDFDocument.TilingPattern;
    stroke(color?: string): this;
    fillAndStroke(fill: string, stroke: string): this;
    save(): this;
    restore(): this;
    addPage(): this;
    switchToPage(index: number): PDFDocument.Page;
    bufferedPageRange(): { start: number; count: number };
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout' | 'Page' }): this;
    endMarkedContent(): this;
    struct(type: string, options?: PDFDocument.StructureOptions, children?: (() => void) | (() => void)[]): PDFDocument.StructureElement;
    struct(type: string, children: (() => void) | (() => void)[]): PDFDocument.StructureElement;
    addStructure(element: PDFDocument.StructureElement): this;
    end(): void;
  }

  export = PDFDocument;
}
