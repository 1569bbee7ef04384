/**
 * Our `::highlight()` stylesheet, adopted once per session as early as the settings allow (before the page is
 * parsed, usually) and never rewritten: adopting or rewriting `::highlight` rules makes the browser restyle the
 * whole document, 4-7 ms on real news pages, where registering ranges under a name costs nothing. The rules
 * cover both themes (theme.ts: highlightName); the painter picks a theme by the names it registers.
 */
import { highlightCss, type EntityType, type MarkStyle } from './theme';
import { protoGet } from './safe-dom';

/** Adopts the stylesheet for `styles` into `doc` until `signal` aborts; returns false where it cannot. */
export function adoptMarkSheet(doc: Document, styles: Partial<Record<EntityType, MarkStyle>> | undefined, signal: AbortSignal): boolean {
  if (signal.aborted || typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return false;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(styles));
  const adopted = () => protoGet<CSSStyleSheet[]>(doc, 'adoptedStyleSheets') ?? [];
  try {
    // Reassigned rather than pushed: older engines expose a frozen array.
    doc.adoptedStyleSheets = [...adopted(), sheet];
  } catch {
    return false;
  }
  signal.addEventListener(
    'abort',
    () => {
      try {
        doc.adoptedStyleSheets = adopted().filter((s) => s !== sheet);
      } catch {
        // the document is gone
      }
    },
    { once: true },
  );
  return true;
}
