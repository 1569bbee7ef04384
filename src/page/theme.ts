import { ENTITY_TYPES, type EntityType } from '../factbase/kinds';
import { bodyOf, protoGet } from './safe-dom';

/** Entity types in a fixed order; each has its own Highlight and style. */
export { ENTITY_TYPES, type EntityType };
export type Theme = 'light' | 'dark';

export const THEMES: readonly Theme[] = ['light', 'dark'];

/**
 * The registry name of our Highlight for `type` on a page of `theme`; prefixed so it cannot collide with the
 * page's. The theme is in the name, not in the stylesheet: the rules for both themes are adopted once, before
 * the page is styled, because adopting or rewriting `::highlight` rules later makes the browser restyle the
 * whole document (4-7 ms on real news pages), while moving ranges between names costs nothing.
 */
export const highlightName = (type: EntityType, theme: Theme = 'light'): string =>
  theme === 'light' ? `news-context-${type}` : `news-context-${type}-${theme}`;

/** Below this relative luminance a background counts as dark (where black and white text contrast equally). */
const DARK_LUMINANCE = 0.18;

/**
 * Light or dark highlight palette for the page as it actually looks: the first opaque
 * background from `from` (the article) up to `<html>` decides; with none, the canvas is dark
 * only when the page allows it (`color-scheme: dark`) and the reader prefers dark.
 */
export function chooseTheme(doc: Document, from?: Element | null): Theme {
  const view = protoGet<Window | null>(doc, 'defaultView');
  if (!view) return 'light';
  for (let el = from ?? bodyOf(doc); el; el = el.parentElement) {
    const rgba = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  const html = protoGet<Element | null>(doc, 'documentElement');
  const scheme = html ? view.getComputedStyle(html).getPropertyValue('color-scheme') : '';
  const prefersDark = darkQuery()?.matches ?? false;
  return prefersDark && scheme.includes('dark') ? 'dark' : 'light';
}

/** The reader's dark-mode preference (a property of the browser, not of the page); none in Node. */
export function darkQuery(): MediaQueryList | undefined {
  const mm = (globalThis as { matchMedia?: (q: string) => MediaQueryList }).matchMedia;
  return typeof mm === 'function' ? mm('(prefers-color-scheme: dark)') : undefined;
}

/**
 * [r, g, b, a] (0-255, alpha 0-1) from a computed colour: `rgb()`/`rgba()` as browsers give
 * it, hex as DOM emulations do; undefined for other notations (then the parent decides).
 */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const v = value.trim();
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return [n(0), n(1), n(2), full.length === 8 ? n(3) / 255 : 1];
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%)?)?\s*\)$/.exec(v);
  if (!m) return v === 'transparent' ? [0, 0, 0, 0] : undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

// Colour and line style both differ per type, so the types stay apart for colour-blind readers.
// A thin underline and a faint tint read as annotation; double underlines and bold fills read as ads.
const PALETTE: Record<Theme, Record<EntityType, string>> = {
  light: { person: '31,95,191', organization: '30,125,50', place: '163,82,0', event: '142,63,181', agreement: '0,121,110', award: '183,28,84' },
  dark: { person: '138,180,248', organization: '129,201,149', place: '246,174,87', event: '213,166,245', agreement: '92,212,196', award: '255,143,171' },
};
/** The underline's style and thickness (px): no two kinds share both. */
const LINE: Record<EntityType, readonly [style: 'solid' | 'dashed' | 'dotted', px: number]> = {
  person: ['solid', 2],
  organization: ['dashed', 2],
  place: ['dotted', 2],
  event: ['solid', 3],
  agreement: ['dashed', 3],
  award: ['dotted', 3],
};
const TINT: Record<Theme, number> = { light: 0.08, dark: 0.16 };

/** How a kind of name is marked: an underline, a tint behind it, or both (the options page's choice). */
export type MarkStyle = 'underline' | 'background' | 'both';

/** Our `::highlight()` rules, for both themes: one stylesheet, adopted once (see {@link highlightName}). */
export function highlightCss(styles: Partial<Record<EntityType, MarkStyle>> = {}): string {
  const rules = THEMES.flatMap((theme) =>
    ENTITY_TYPES.map((type) => {
      const rgb = PALETTE[theme][type];
      const [lineStyle, thickness] = LINE[type];
      const style = styles[type] ?? 'both';
      const line = style === 'background' ? 'text-decoration:none' : `text-decoration:underline ${lineStyle} rgb(${rgb}) ${thickness}px;text-underline-offset:3px`;
      // a tint alone must be visible on its own: stronger than the tint that accompanies a line
      const tint = style === 'underline' ? 'transparent' : `rgba(${rgb},${style === 'background' ? TINT[theme] * 2.5 : TINT[theme]})`;
      return `::highlight(${highlightName(type, theme)}){${line};background-color:${tint}}`;
    }),
  );
  const forced = THEMES.flatMap((theme) => ENTITY_TYPES.map((t) => `::highlight(${highlightName(t, theme)})`)).join(',');
  // Forced colours (Windows high contrast): no tint, a system colour for the line.
  return `${rules.join('\n')}\n@media (forced-colors: active){${forced}{background-color:transparent;text-decoration-color:LinkText}}`;
}
