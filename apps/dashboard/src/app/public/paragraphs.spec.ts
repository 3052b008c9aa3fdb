import { splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    expect(splitParagraphs('  Erster Absatz. \n\nZweiter Absatz.\n')).toEqual(['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('treats Windows line ends and whitespace-only lines as blank lines and drops empty paragraphs', () => {
    expect(splitParagraphs('Eins\r\n\r\nZwei\n  \t \nDrei\n\n\n\n')).toEqual(['Eins', 'Zwei', 'Drei']);
  });

  it('keeps single line breaks inside a paragraph (an address)', () => {
    expect(splitParagraphs('Stadt Musterstadt\nRathausplatz 1\n\nTelefon')).toEqual(['Stadt Musterstadt\nRathausplatz 1', 'Telefon']);
  });

  it('returns nothing for empty input and leaves markup as plain text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(null)).toEqual([]);
    expect(splitParagraphs('   \n\n ')).toEqual([]);
    expect(splitParagraphs('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
  });
});
