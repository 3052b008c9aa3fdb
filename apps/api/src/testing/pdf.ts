import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** supertest parser that keeps a binary body (PDF, XLSX) as a Buffer. */
export const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Runs a poppler tool (pdfinfo, pdftotext) on the PDF and returns its output. */
function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Buffer, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ksc-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo` as key → value (`Tagged`, `Title`, `Pages`, …). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', pdf, [])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}

/** The text as laid out on the pages (`pdftotext -layout`). */
export const pdfText = (pdf: Buffer): string => poppler('pdftotext', pdf, ['-layout', '-enc', 'UTF-8']);

/** The structure tree with each element's text, in logical (reading) order (`pdfinfo -struct-text`). */
export const pdfStructure = (pdf: Buffer): string => poppler('pdfinfo', pdf, ['-struct-text']);

/** One page rasterised by `pdftoppm` (RGB, `dpi` dots per inch): `rgb(x, y)` is a pixel as `#rrggbb`. */
export interface RasterPage {
  width: number;
  height: number;
  rgb(x: number, y: number): string;
}

export function pdfPageRaster(pdf: Buffer, page: number, dpi = 144): RasterPage {
  const dir = mkdtempSync(join(tmpdir(), 'ksc-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    const ppm = readFileSync(join(dir, 'page.ppm'));
    // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm gave no P6 image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const data = ppm.subarray(header[0].length);
    const hex = (v: number) => v.toString(16).padStart(2, '0');
    return {
      width,
      height,
      rgb: (x, y) => {
        const i = (y * width + x) * 3;
        return `#${hex(data[i])}${hex(data[i + 1])}${hex(data[i + 2])}`;
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
