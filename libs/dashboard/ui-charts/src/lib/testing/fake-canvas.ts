/** jsdom has no canvas: a 2D context that accepts every call lets the real Chart.js run. */
function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = { canvas };
  return new Proxy(state, {
    get: (target, prop) =>
      prop in target
        ? target[prop]
        : prop === 'measureText'
          ? () => ({ width: 10, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 })
          : prop === 'createPattern'
            ? () => null
            : () => ({}),
    set: (target, prop, value) => {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** For a spec's `beforeAll`: canvases get the fake context, and (jsdom has no layout) nothing is ever resized. */
export function fakeCanvas(): void {
  const noop = () => undefined;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe = noop;
    unobserve = noop;
    disconnect = noop;
  };
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return fakeContext(this) as never;
  });
}
