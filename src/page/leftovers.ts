/**
 * What an earlier copy of this content script may have left on the page, and its removal. Firefox injects
 * the new copy into open tabs when the extension is updated or reloaded, but destroys the old copy without
 * a word, so the old copy's highlights (holding our registry names, which the painter leaves alone when taken),
 * its ::highlight stylesheet and its card host stay behind. The new copy removes them once, as it starts.
 * (Chromium leaves the old copy running; it removes its own: extension-context.ts.)
 */
import { ENTITY_TYPES, highlightName, THEMES } from './theme';
import { protoGet } from './safe-dom';

/** The card host's tag, or the start of its random-suffix fallback (src/card/host.ts: HOST_TAG). */
const HOST_TAG = 'news-context-card';

/** Ours: its first rule is one of our `::highlight()` rules (mark-sheet.ts); a page's sheet is not serialised rule by rule. */
const isOurSheet = (sheet: CSSStyleSheet): boolean => {
  try {
    return sheet.cssRules[0]?.cssText.startsWith('::highlight(news-context-') ?? false;
  } catch {
    return false;
  }
};

/**
 * Removes an earlier copy's stylesheet and card host and, when a stylesheet of ours was there, the
 * highlights under our names (a page's own highlight under our name, with no such sheet, is left alone).
 * Returns how many things it removed.
 */
export function removeLeftovers(doc: Document = document): number {
  let removed = 0;
  const adopted = protoGet<CSSStyleSheet[]>(doc, 'adoptedStyleSheets') ?? [];
  const keep = adopted.filter((sheet) => !isOurSheet(sheet));
  if (keep.length < adopted.length) {
    removed += adopted.length - keep.length;
    doc.adoptedStyleSheets = keep;
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    for (const theme of THEMES) for (const type of ENTITY_TYPES) if (registry?.delete(highlightName(type, theme))) removed++;
  }
  const root = protoGet<Element | null>(doc, 'documentElement');
  for (const el of Array.from(root?.children ?? [])) {
    if (el.localName === HOST_TAG || el.localName.startsWith(`${HOST_TAG}-`)) {
      el.remove();
      removed++;
    }
  }
  return removed;
}
