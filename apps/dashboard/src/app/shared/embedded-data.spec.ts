import { takeEmbeddedData } from './embedded-data';

describe('takeEmbeddedData', () => {
  afterEach(() => (document.body.innerHTML = ''));

  function embed(id: string, text: string, type = 'application/json'): void {
    const script = document.createElement('script');
    script.type = type;
    script.id = id;
    script.textContent = text;
    document.body.appendChild(script);
  }

  it('reads the data once: a later visit in the same tab fetches current figures', () => {
    embed('ksc-public-summary', '{"publishedMeasures":21,"name":"\\u003c/script>"}');
    expect(takeEmbeddedData(document, 'ksc-public-summary')).toEqual({ publishedMeasures: 21, name: '</script>' });
    expect(document.getElementById('ksc-public-summary')).toBeNull();
    expect(takeEmbeddedData(document, 'ksc-public-summary')).toBeNull();
  });

  it('ignores what it cannot read, so the page falls back to asking the API', () => {
    embed('ksc-public-summary', '{kaputt');
    expect(takeEmbeddedData(document, 'ksc-public-summary')).toBeNull();
    embed('ksc-other', '{"a":1}', 'text/plain');
    expect(takeEmbeddedData(document, 'ksc-other')).toBeNull();
    expect(takeEmbeddedData(document, 'gibt-es-nicht')).toBeNull();
  });
});
