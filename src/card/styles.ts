/**
 * The card's stylesheet, for inside its shadow root only. `:host` rules in a shadow root win over the page's
 * `!important` rules for the host (inner context wins for important declarations), so a page rule such as
 * `* { all: unset !important }` cannot hide or restyle the card. The host stays a 0×0 fixed box at the
 * viewport's corner and the frame inside it is placed with `position: fixed` (nothing on the host may create a
 * containing block: no transform, filter or contain). Sizes are px: the page's root font size is
 * not ours. Light and dark palettes follow `prefers-color-scheme`, overridden by `data-theme` on the card,
 * which the content script sets from the page's actual background.
 */
import { ENTITY_TYPES, type EntityType } from '../factbase/kinds';

/** The type chip's background per kind, light and dark: the page's highlight hue, pale or deep. */
export const CHIP_COLOURS: Record<'light' | 'dark', Record<EntityType, string>> = {
  light: { person: '#dbe7ff', organization: '#d9f2e3', place: '#fdeccc', event: '#eadffc', agreement: '#d3f0ec', award: '#fbdde6' },
  dark: { person: '#26375c', organization: '#1f4532', place: '#4d3b17', event: '#3c2d5c', agreement: '#15453f', award: '#5c2436' },
};
const chipVars = (theme: 'light' | 'dark') => ENTITY_TYPES.map((t) => `--nc-${t}: ${CHIP_COLOURS[theme][t]};`).join(' ');

const LIGHT = `
  --nc-bg: #ffffff; --nc-fg: #1d1f24; --nc-muted: #5b616e; --nc-border: #d5d9e0; --nc-rule: #e8ebf0;
  --nc-accent: #1d5bd6; --nc-hover: #eef3fc; --nc-shadow: 0 6px 24px rgba(20, 25, 40, 0.18);
  ${chipVars('light')}`;
const DARK = `
  --nc-bg: #1f2228; --nc-fg: #eceef2; --nc-muted: #a5acb9; --nc-border: #3a3f49; --nc-rule: #30343c;
  --nc-accent: #8ab4ff; --nc-hover: #2a3140; --nc-shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
  ${chipVars('dark')}`;

export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
}
:host([hidden]) { display: none !important; }
.frame { position: fixed; left: 0; top: 0; margin: 0; padding: 0; }
.frame[hidden] { display: none; }
.card, .list {${LIGHT}
  box-sizing: border-box;
  display: flex; flex-direction: column;
  width: clamp(320px, 30vw, 450px);
  max-width: calc(100vw - 16px);
  max-height: min(var(--nc-available, 100vh), 640px, calc(100vh - 16px));
  background: var(--nc-bg); color: var(--nc-fg);
  border: 1px solid var(--nc-border); border-radius: 10px; box-shadow: var(--nc-shadow);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start; overflow-wrap: anywhere; text-transform: none; letter-spacing: normal;
  animation: nc-in 120ms ease-out;
}
@media (prefers-color-scheme: dark) { .card:not([data-theme="light"]), .list:not([data-theme="light"]) {${DARK} } }
.card[data-theme="dark"], .list[data-theme="dark"] {${DARK} }
.card *, .card *::before, .card *::after, .list *, .list *::before, .list *::after { box-sizing: border-box; }
.card:focus, .list:focus { outline: none; }
.card:focus-visible, .card :focus-visible, .list :focus-visible { outline: 2px solid var(--nc-accent); outline-offset: 2px; }
@keyframes nc-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card, .list { animation: none; } }

.head { padding: 12px 40px 8px 14px; position: relative; }
.name { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.3; unicode-bidi: isolate; }
.chip {
  display: inline-block; margin-top: 4px; padding: 1px 8px; border-radius: 999px;
  font-size: 11px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: var(--nc-fg);
}
${ENTITY_TYPES.map((t) => `.chip-${t} { background: var(--nc-${t}); }`).join('\n')}
.desc { margin: 6px 0 0; color: var(--nc-muted); unicode-bidi: isolate; }
.close {
  position: absolute; top: 8px; right: 8px; width: 28px; height: 28px; padding: 0;
  border: 0; border-radius: 6px; background: transparent; color: var(--nc-muted);
  font: 400 20px/28px system-ui, sans-serif; cursor: pointer;
}
.close:hover { background: var(--nc-hover); color: var(--nc-fg); }
.event { margin: 0; padding: 0 14px 8px; color: var(--nc-fg); }
.sep { color: var(--nc-muted); }

.section-title {
  margin: 0; padding: 8px 14px 4px; border-top: 1px solid var(--nc-rule);
  font-size: 12px; font-weight: 600; color: var(--nc-muted); text-transform: uppercase; letter-spacing: 0.04em;
}
.timeline {
  margin: 0; padding: 0 14px 8px; flex: 0 1 auto; min-height: 48px;
  max-height: min(60vh, 420px); overflow-y: auto; overscroll-behavior: contain;
}
.facts { list-style: none; margin: 0; padding: 0; }
.more, .later { border-top: 1px solid var(--nc-rule); padding-top: 4px; }
.more > summary, .later > summary { cursor: pointer; padding: 4px 0; color: var(--nc-accent); font-size: 13px; }
.later > .facts { opacity: 0.9; }
.asof { margin: 0; padding: 0 14px 6px; font-size: 12px; color: var(--nc-muted); }
.note { margin: 0; padding: 0 14px 8px; font-size: 13px; color: var(--nc-fg); }
.timeline .note { padding: 4px 0; color: var(--nc-muted); }
.when { color: var(--nc-muted); }
.timing { font-weight: 600; }
.roles { list-style: none; margin: 0; padding: 0 14px 8px; font-size: 13px; }
.role-later { color: var(--nc-muted); }
.fact { padding: 6px 0; border-bottom: 1px solid var(--nc-rule); }
.fact:last-child { border-bottom: 0; }
.fact-text { margin: 0; unicode-bidi: isolate; }
.fact-quote .fact-text { font-style: italic; }
.fact-meta { margin: 2px 0 0; font-size: 12px; color: var(--nc-muted); }
.cite { font-style: normal; unicode-bidi: isolate; }
.mine { font-weight: 600; }

.related { list-style: none; margin: 0; padding: 0 14px 10px; display: flex; flex-wrap: wrap; gap: 6px; }
.link, .chip-button {
  font: inherit; color: var(--nc-accent); background: transparent; cursor: pointer; text-align: start;
}
.link { border: 0; padding: 0; text-decoration: underline; text-underline-offset: 2px; }
.chip-button { border: 1px solid var(--nc-border); border-radius: 999px; padding: 2px 10px; font-size: 13px; }
.link:hover, .chip-button:hover { background: var(--nc-hover); }

.foot { padding: 8px 14px 10px; border-top: 1px solid var(--nc-rule); font-size: 12px; color: var(--nc-muted); }
.foot p { margin: 0; }
.reason { margin-top: 4px !important; unicode-bidi: isolate; }

/* The in-page list of names (mention-list.tsx): top right of the viewport, scrolling inside. */
.list-frame { left: auto; right: 16px; top: 16px; }
.list { max-height: calc(100vh - 32px); overflow-y: auto; overscroll-behavior: contain; }
.list .card { width: 100%; max-width: none; max-height: none; border: 0; border-radius: 0; box-shadow: none; animation: none; }
.list .timeline { max-height: none; }
.back { margin: 10px 14px 0; align-self: flex-start; font-size: 13px; }
.groups { padding-bottom: 8px; }
.entries { list-style: none; margin: 0; padding: 0 8px 4px; }
.entry {
  display: flex; width: 100%; gap: 8px; justify-content: space-between; align-items: baseline;
  padding: 6px 8px; border: 0; border-radius: 6px; background: transparent; color: var(--nc-fg);
  font: inherit; text-align: start; cursor: pointer;
}
.entry:hover, .entry:focus-visible { background: var(--nc-hover); }
.count { flex: none; white-space: nowrap; color: var(--nc-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
`;
