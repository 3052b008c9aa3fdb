import { whenScriptNeeded } from './wake';

/** Whether the promise has settled after the current task's microtasks. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve));
  return done;
}

describe('whenScriptNeeded: a page rendered on the server starts its app when it is needed', () => {
  let reportVisible: ((visible: boolean) => void) | null;
  beforeEach(() => {
    reportVisible = null;
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        reportVisible = (visible) => callback([{ isIntersecting: visible }]);
      }
      observe = () => undefined;
      disconnect = () => undefined;
    };
  });
  afterEach(() => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    document.body.innerHTML = '';
  });

  it('waits while nobody uses the page, and starts at the first key, pointer or focus', async () => {
    const uses = [
      () => new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }),
      () => new Event('pointerdown', { bubbles: true }),
      () => new FocusEvent('focusin', { bubbles: true }),
    ];
    for (const use of uses) {
      document.body.innerHTML = '<main><button>Drucken</button></main>';
      const needed = whenScriptNeeded(document);
      expect(await settled(needed)).toBe(false);
      document.querySelector('button')!.dispatchEvent(use());
      expect(await settled(needed)).toBe(true);
    }
  });

  it('starts for a change made without pointer or key (assistive technology, scripts)', async () => {
    document.body.innerHTML = '<select><option>a</option><option>b</option></select>';
    const needed = whenScriptNeeded(document);
    document.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await settled(needed)).toBe(true);
  });

  it('starts when a chart that has to be drawn comes near the screen, not before', async () => {
    document.body.innerHTML = '<canvas data-needs-script></canvas>';
    const needed = whenScriptNeeded(document);
    reportVisible?.(false);
    expect(await settled(needed)).toBe(false);
    reportVisible?.(true);
    expect(await settled(needed)).toBe(true);
  });

  it('starts before the page is printed', async () => {
    const needed = whenScriptNeeded(document);
    window.dispatchEvent(new Event('beforeprint'));
    expect(await settled(needed)).toBe(true);
  });
});
