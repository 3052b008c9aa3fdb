import { pdfInfo, pdfStructure } from '../../testing/pdf';
import { clean, ReportWriter } from './report-writer';

const structureText = (pdf: Buffer) =>
  [...pdfStructure(pdf).matchAll(/^\s*"(.*)"\s*$/gm)]
    .map((m) => m[1])
    .join(' ')
    .replace(/\s+/g, ' ');

describe('ReportWriter', () => {
  it('prints a cell taller than a page across pages, completely and in order, even without a long-text column', async () => {
    const w = new ReportWriter({ title: 'Test', author: 'Test', subject: 'Test' });
    const words = Array.from({ length: 2500 }, (_, i) => `Wort${i + 1}`);
    await w.section(() => w.heading(2, 'Überschrift'));
    await w.table({
      caption: 'Eine Tabelle',
      columns: [
        { header: 'Kurz', share: 0.2 },
        { header: 'Lang', share: 0.8 },
      ],
      rows: [
        ['A', words.join(' ')],
        ['B', 'Ende'],
      ],
    });
    const pdf = await w.finish('Fußzeile');
    expect(Number(pdfInfo(pdf)['Pages'])).toBeGreaterThanOrEqual(3);
    expect(structureText(pdf)).toContain(`Kurz Lang A ${words.join(' ')} B Ende`);
  });

  it('keeps line breaks as spaces for text extraction and drops control characters', () => {
    expect(clean('Zeile eins\r\nZeile\tzwei\u0000\u0007\n  drei  ')).toBe('Zeile eins \nZeile zwei \ndrei');
  });
});
