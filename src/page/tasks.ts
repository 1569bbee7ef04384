/** Yields to the page until its next task (scheduler.yield where there is one), between slices of our work. */
export const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};


/**
 * Resolves just after the browser's next rendering of the page, when its style is up to date: reading
 * styles then (checkVisibility, getComputedStyle) costs a lookup instead of restyling the whole document.
 * Where no frame comes (a tab in the background), after `timeoutMs`.
 */
export const afterRendering = (timeoutMs = 50): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
