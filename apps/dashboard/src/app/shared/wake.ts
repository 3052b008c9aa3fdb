/**
 * A page the server rendered is complete without script: it needs the app only once someone works
 * with it (a pointer, a key, focus), prints it, or scrolls a part that must be drawn (a chart) near
 * the screen. Resolves at the first of these; events until then are replayed by Angular.
 */
export function whenScriptNeeded(document: Document): Promise<void> {
  return new Promise((resolve) => {
    const window = document.defaultView;
    // Pointer, touch, keys and focus come before a click or a change; change and input without them come from assistive tech and tests.
    const events = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'change', 'submit'] as const;
    let observer: IntersectionObserver | null = null;
    const wake = () => {
      for (const type of events) document.removeEventListener(type, wake, true);
      window?.removeEventListener('beforeprint', wake);
      observer?.disconnect();
      resolve();
    };
    for (const type of events) document.addEventListener(type, wake, { capture: true, passive: true });
    window?.addEventListener('beforeprint', wake);
    const drawn = document.querySelectorAll('[data-needs-script]');
    if (drawn.length && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), { rootMargin: '200px' });
      drawn.forEach((element) => observer?.observe(element));
    } else if (drawn.length) {
      wake();
    }
  });
}
