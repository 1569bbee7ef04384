/**
 * The one element we add to a page: a custom element on <html> with a closed shadow root and our styles.
 * `attachShadow` is captured when this module loads, so a page that patches the prototype later cannot
 * intercept the root. Host styles are inline and !important; styles.ts repeats them as `:host` rules,
 * which beat even the page's !important rules.
 */
import { CARD_CSS } from './styles';

// (guarded: the build imports entrypoints in Node, where there is no DOM)
const attachShadow = typeof Element === 'undefined' ? undefined : Element.prototype.attachShadow;

/** The host element's tag name (a fallback with a random suffix is used if a page has claimed it). */
export const HOST_TAG = 'news-context-card';
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'],
  ['width', '0'], ['height', '0'], ['overflow', 'visible'], ['z-index', '2147483647'],
];

/** Appends the host to <html> (pages re-render <body>) and returns it with its closed root, styled. */
export function createShadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const { host, root } = attach();
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  adoptStyles(root);
  document.documentElement.append(host);
  return { host, root };
}

/**
 * Lifts the host into the top layer, above the page's own open popovers and modal dialogs, which no z-index
 * can beat (reliability.md row 8): a manual popover, shown again so it is the last one in. Not while focus is
 * inside (hiding a popover moves focus out); where there is no Popover API, z-index is all there is.
 */
export function raiseHost(host: HTMLElement, focusInside: boolean): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    const isOpen = host.matches(':popover-open');
    if (isOpen && focusInside) return;
    if (isOpen) host.hidePopover();
    host.showPopover();
  } catch {
    // a disconnected host or an engine without :popover-open: stays where z-index puts it
  }
}

/** A host with a closed shadow root; if a page has defined our tag and grabbed the root, a random tag. */
function attach(): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [HOST_TAG, `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = document.createElement(tag);
    try {
      return { host, root: (attachShadow ?? Element.prototype.attachShadow).call(host, { mode: 'closed' }) };
    } catch {
      // the page's own custom element already attached a root: try the unpredictable name
    }
  }
  throw new Error('news-context: cannot create the card host');
}

function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines, or Firefox content-script Xrays refusing a sheet from the sandbox: fall through.
  }
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

