import { createHash } from 'node:crypto';
import { ShellPreloads, allowScripts, inlineScriptSources, jsonForScript, renderShell } from './shell';

const INDEX =
  '<!doctype html><html><head><link rel="stylesheet" href="styles-AAAAAAAA.css"></head><body><ksc-root></ksc-root>' +
  '<link rel="modulepreload" href="chunk-NAMED111.js"><script src="main-MAIN1111.js" type="module"></script></body></html>';

/** A build like Angular's: main imports a named and (through it) a deeper chunk; two lazy routes with their own chunks. */
const METAFILE = {
  outputs: {
    'main-MAIN1111.js': {
      imports: [
        { path: 'chunk-NAMED111.js', kind: 'import-statement' },
        { path: 'chunk-PUBLIC11.js', kind: 'dynamic-import' },
        { path: 'chunk-COCKPIT1.js', kind: 'dynamic-import' },
      ],
      inputs: { 'apps/dashboard/src/main.ts': {} },
    },
    'chunk-NAMED111.js': { imports: [{ path: 'chunk-DEEP1111.js', kind: 'import-statement' }], inputs: {} },
    'chunk-DEEP1111.js': { imports: [], inputs: {} },
    'chunk-PUBLIC11.js': {
      imports: [
        { path: 'main-MAIN1111.js', kind: 'import-statement' },
        { path: 'chunk-PIPES111.js', kind: 'import-statement' },
        { path: 'chunk-LATER111.js', kind: 'dynamic-import' },
      ],
      inputs: { 'apps/dashboard/src/app/public/public.routes.ts': {}, 'apps/dashboard/src/app/public/public-overview.ts': {} },
    },
    'chunk-PIPES111.js': { imports: [{ path: 'chunk-DEEP1111.js', kind: 'import-statement' }], inputs: {} },
    'chunk-LATER111.js': { imports: [], inputs: {} },
    'chunk-COCKPIT1.js': { imports: [], inputs: { 'apps/dashboard/src/app/cockpit/cockpit.routes.ts': {} } },
    'chunk-APP11111.js': {
      imports: [
        { path: 'chunk-NAMED111.js', kind: 'import-statement' },
        { path: 'chunk-APPDEP11.js', kind: 'import-statement' },
      ],
      inputs: { 'apps/dashboard/src/bootstrap.ts': {} },
    },
    'chunk-APPDEP11.js': { imports: [], inputs: {} },
  },
};

describe('the SPA shell', () => {
  it('announces the chunks Angular left out of index.html, and a route its own chunks on its pages only', () => {
    const preloads = ShellPreloads.fromMetafile(METAFILE, INDEX, [
      { prefix: '/oeffentlich', source: 'apps/dashboard/src/app/public/public.routes.ts' },
      { prefix: '/gibt-es-nicht', source: 'apps/dashboard/src/app/missing.routes.ts' },
      { prefix: '/cockpit', source: 'apps/dashboard/src/app/cockpit/cockpit.routes.ts', signedInOnly: true },
    ]);
    // Someone without a session is sent to the login: the cockpit's code would be wasted on them.
    expect(preloads.forPath('/cockpit', true)).toEqual(['chunk-DEEP1111.js', 'chunk-COCKPIT1.js']);
    expect(preloads.forPath('/cockpit')).toEqual(['chunk-DEEP1111.js']);
    expect(preloads.forPath('/oeffentlich')).toEqual(['chunk-DEEP1111.js', 'chunk-PUBLIC11.js', 'chunk-PIPES111.js']);
    expect(preloads.forPath('/oeffentlich/massnahmen')).toEqual(preloads.forPath('/oeffentlich'));
    // A lazy page below the route still loads when it is opened, not with the overview.
    expect(preloads.forPath('/oeffentlich')).not.toContain('chunk-LATER111.js');
    expect(preloads.forPath('/oeffentlichkeit')).toEqual(['chunk-DEEP1111.js']);
    expect(preloads.forPath('/gibt-es-nicht')).toEqual(['chunk-DEEP1111.js']);
  });

  it('without build stats adds no hints', () => {
    expect(ShellPreloads.fromBuild('/nirgendwo/browser', INDEX, []).forPath('/oeffentlich')).toEqual([]);
    expect(renderShell(INDEX, [])).toBe(INDEX);
  });

  it('embeds API answers that no text can break out of, and that read back unchanged, keyed as the dashboard asks', () => {
    const hostile = {
      name: '</script><script>alert(1)</script>',
      comment: '<!-- <script>',
      separators: 'Zeile\u2028Absatz\u2029Ende',
      quote: `"'&\\<`,
    };
    const answers = new Map([
      ['/api/v1/public/summary', JSON.stringify(hostile)],
      ['/api/v1/x?q=%3C%2Fscript%3E', '[1,"</script>"]'],
    ]);
    const html = renderShell(INDEX, ['chunk-DEEP1111.js'], answers);
    const match = /<script type="application\/json" id="ksc-api-answers">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    expect(JSON.parse(match?.[1] ?? '')).toEqual({ '/api/v1/public/summary': hostile, '/api/v1/x?q=%3C%2Fscript%3E': [1, '</script>'] });
    expect(match?.[1]).not.toMatch(/</);
    expect(jsonForScript(hostile)).not.toMatch(/</);
    // Exactly the app's entry script and the data block, nothing injected.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('<link rel="modulepreload" href="chunk-DEEP1111.js"><script type="application/json"');
    expect(html.indexOf('main-MAIN1111.js')).toBeLessThan(html.indexOf('chunk-DEEP1111.js'));
  });

  it('sends an English page with lang="en" and its no-script sentence in English; other pages as they are', () => {
    const index =
      '<!doctype html><html lang="de"><head></head><body><ksc-root><noscript>Das Klimaschutz-Cockpit benötigt JavaScript.</noscript></ksc-root></body></html>';
    const english = renderShell(index, [], new Map(), { lang: 'en' });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<noscript>The Klimaschutz-Cockpit needs JavaScript.</noscript>');
    expect(renderShell(index, [], new Map())).toBe(index);
  });

  it('embeds nothing when there are no answers', () => {
    expect(renderShell(INDEX, ['chunk-DEEP1111.js'], new Map())).not.toContain('ksc-api-answers');
  });

  it('announces the app chunk that the entry loads dynamically, on every page', () => {
    const preloads = ShellPreloads.fromMetafile(METAFILE, INDEX, [], ['apps/dashboard/src/bootstrap.ts']);
    expect(preloads.forPath('/massnahmen')).toEqual(expect.arrayContaining(['chunk-APP11111.js', 'chunk-APPDEP11.js']));
    // What index.html names already is not announced twice.
    expect(preloads.forPath('/massnahmen')).not.toContain('chunk-NAMED111.js');
  });

  it('sends a page rendered on the server with its code fetched after it, and its main content painted whole', () => {
    const rendered = renderShell(INDEX, ['chunk-APP11111.js'], new Map([['/api/v1/auth/me', '{"id":"u1"}']]), { rendered: true });
    expect(rendered).toContain('<script src="main-MAIN1111.js" type="module" fetchpriority="low">');
    expect(rendered).toContain('<link rel="modulepreload" href="chunk-NAMED111.js" fetchpriority="low">');
    expect(rendered).toContain('<link rel="prefetch" href="chunk-APP11111.js">');
    expect(rendered).toContain('<head><link rel="expect" href="#main-content" blocking="render">');
    expect(rendered).toContain('id="ksc-api-answers">{"/api/v1/auth/me":{"id":"u1"}}</script>');
    // The browser-rendered shell keeps its code at normal priority.
    const shell = renderShell(INDEX, ['chunk-APP11111.js']);
    expect(shell).toContain('<link rel="modulepreload" href="chunk-APP11111.js">');
    expect(shell).not.toMatch(/fetchpriority|rel="expect"/);
  });

  it("allows exactly the rendered page's inline scripts, for that response only", () => {
    const contract = '(()=>{window.__jsaction_bootstrap=function(){};})();';
    const start = 'window.__jsaction_bootstrap(document.body,"ng",["click"],[]);';
    const html = `<head><script src="main.js" type="module"></script></head><body><script>${contract}</script><script type="text/javascript">${start}</script><script type="application/json" id="ng-state">{"a":1}</script></body>`;
    const sources = inlineScriptSources(html);
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(sources).toEqual([sha(contract), sha(start)]);
    const policy = "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'";
    expect(allowScripts(policy, sources)).toBe(
      `default-src 'self';script-src 'self' ${sources.join(' ')};script-src-attr 'none';style-src 'self' 'unsafe-inline'`,
    );
    // Without a script-src, the page's scripts are added to what default-src allows.
    expect(allowScripts("default-src 'self'", sources)).toBe(`default-src 'self';script-src 'self' ${sources.join(' ')}`);
    expect(allowScripts(policy, [])).toBe(policy);
  });
});
