/** Yields to the page until its next task (scheduler.yield where there is one), between slices of our work. */
export const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Resolves after the page's next rendering update: style and layout are then up to date, so reading
 * visibility does not make us pay for the page's own first layout (on a huge page, tens of milliseconds).
 */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
