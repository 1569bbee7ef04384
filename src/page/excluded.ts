// Which elements never contribute text: code, form controls, editors, embedded documents,
// page chrome and text the reader cannot see. Tag checks are a Set lookup and attribute
// checks only run on elements that have attributes, so this costs little per element.

/** Tags whose whole subtree is skipped. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'link', 'meta',
  // form controls: their text is a value or UI, and painting it would fight with typing
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'button',
  // embedded content: the text inside is fallback content, not what the reader sees
  'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'picture',
  // code: identifiers are not names ("biden.js")
  'pre', 'code', 'kbd', 'samp',
  // site navigation: menus full of section names ("Sport", "World") are not the article
  'nav',
]);

/** The `notranslate` class among an element's classes. */
const NOTRANSLATE = /(?:^|\s)notranslate(?:\s|$)/;

/** Roles that mark UI rather than prose. */
const SKIPPED_ROLES = new Set(['button', 'navigation', 'menu', 'menubar', 'textbox', 'searchbox', 'combobox']);

/**
 * True when `el`'s subtree must not be read: skipped tags, `[contenteditable]` (any value but
 * "false"), `[translate="no"]` and `.notranslate` (content the author marked as not to be
 * changed), `[hidden]`, `[aria-hidden="true"]`, and UI roles. Visibility by CSS is checked
 * separately ({@link isHidden}) because it costs a style lookup.
 */
export function isExcluded(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('translate')?.toLowerCase() === 'no') return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role)) return true;
  // the attribute, not classList: a DOMTokenList made for every element with a class is a cost on big pages
  const cls = el.getAttribute('class');
  return cls !== null && NOTRANSLATE.test(cls);
}

/**
 * True when CSS hides `el` (display:none in it or an ancestor, visibility:hidden).
 * Uses `checkVisibility` where the browser has it (cheap in Chromium once style is clean),
 * else the computed style. `display: contents` has no box, so `checkVisibility` says false
 * for it although its children show: those are confirmed with the computed style.
 */
export function isHidden(el: Element): boolean {
  try {
    if (typeof el.checkVisibility === 'function') {
      if (el.checkVisibility({ visibilityProperty: true })) return false;
      return getStyle(el)?.display !== 'contents';
    }
    const style = getStyle(el);
    return style ? style.display === 'none' || style.visibility === 'hidden' : false;
  } catch {
    return false;
  }
}

function getStyle(el: Element): CSSStyleDeclaration | undefined {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : undefined;
}
