import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardModel } from '../../../src/card/view-model';
import { fb } from './fixture';
import * as floating from '@floating-ui/dom';

vi.mock('@floating-ui/dom', async (importOriginal) => {
  const original = await importOriginal<typeof import('@floating-ui/dom')>();
  return { ...original, computePosition: vi.fn(original.computePosition) };
});

// The container keeps its closed root private. Tests reach it the way only code that runs before the module
// could: by wrapping attachShadow before the module captures it (a later patch must not see it; tested below).
const attachSpy = vi.spyOn(Element.prototype, 'attachShadow');
let createCardHost: typeof import('../../../src/card/container').createCardHost;
let HOST_TAG: string;
beforeAll(async () => {
  ({ createCardHost, HOST_TAG } = await import('../../../src/card/container'));
  attachSpy.mockRestore(); // the module holds the spy; the prototype is clean again
});

const model = cardModel(fb, 'mara-veldt')!;
const anchor = { left: 100, top: 100, right: 180, bottom: 118, width: 80, height: 18, x: 100, y: 100 } as DOMRect;
const lastRoot = () => attachSpy.mock.results.at(-1)!.value as ShadowRoot;
let controller: AbortController;

function setup(extra: Partial<Parameters<typeof createCardHost>[0]> = {}) {
  controller = new AbortController();
  const ui = createCardHost({ signal: controller.signal, theme: 'light', ...extra });
  return ui;
}
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

describe('createCardHost', () => {
  it('adds nothing until the first show, then one host on <html> with a closed shadow root', () => {
    const before = document.documentElement.children.length;
    const ui = setup();
    expect(ui.host).toBeUndefined();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    ui.show(model, anchor);
    ui.show(cardModel(fb, 'tidewater-summit')!, anchor);
    const host = ui.host!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(host.shadowRoot).toBeNull();
    expect(attachSpy).toHaveBeenLastCalledWith({ mode: 'closed' });
    expect(host.style.getPropertyPriority('z-index')).toBe('important');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(ui.isOpen()).toBe(true);
  });

  it('renders the card with its styles inside the root', () => {
    const ui = setup();
    ui.show(model, anchor);
    const root = lastRoot();
    const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('') +
      [...root.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain(':host');
    expect(root.querySelector('[role="dialog"]')?.textContent).toContain('Mara Veldt');
    expect(root.querySelector('.card')?.getAttribute('data-theme')).toBe('light');
    expect(ui.contains(root.querySelector('.close'))).toBe(true);
    expect(ui.contains(document.body)).toBe(false);
  });

  it('keeps key events inside the card from reaching the page', () => {
    const ui = setup();
    ui.show(model, anchor);
    const seen = vi.fn();
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, seen);
    const button = lastRoot().querySelector('.close')!;
    for (const type of ['keydown', 'keyup', 'keypress'])
      button.dispatchEvent(new KeyboardEvent(type, { key: 'a', bubbles: true, composed: true }));
    expect(seen).not.toHaveBeenCalled();
    for (const type of ['keydown', 'keyup', 'keypress']) document.removeEventListener(type, seen);
  });

  it('closes on Esc inside the card and gives focus back to where it was', () => {
    const onClose = vi.fn();
    const ui = setup({ onClose });
    const mention = document.createElement('button');
    document.body.append(mention);
    mention.focus();
    ui.show(model, anchor, { focus: true });
    const root = lastRoot();
    expect(root.activeElement?.getAttribute('role')).toBe('dialog');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(ui.isOpen()).toBe(false);
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(mention);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes from the close button and reports related names', () => {
    const onRelated = vi.fn();
    const onClose = vi.fn();
    const ui = setup({ onRelated, onClose });
    ui.show(model, anchor);
    const root = lastRoot();
    root.querySelector<HTMLButtonElement>('.related button')!.click();
    expect(onRelated).toHaveBeenCalledWith('r2');
    root.querySelector<HTMLButtonElement>('.close')!.click();
    expect(ui.isOpen()).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('ignores an untrusted Esc on the page', () => {
    const ui = setup();
    ui.show(model, anchor);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isOpen()).toBe(true);
  });

  it('reports the pointer entering and leaving the card', () => {
    const onPointerEnter = vi.fn();
    const onPointerLeave = vi.fn();
    const ui = setup({ onPointerEnter, onPointerLeave });
    ui.show(model, anchor);
    const frame = lastRoot().querySelector('.frame')!;
    frame.dispatchEvent(new PointerEvent('pointerenter'));
    frame.dispatchEvent(new PointerEvent('pointerleave'));
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
    // the page can only reach the host, and a synthetic event there is not ours to act on
    ui.host!.dispatchEvent(new PointerEvent('pointerenter'));
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
  });

  it('keeps the card unseen until floating-ui has placed it, then shows it there', async () => {
    const ui = setup();
    ui.show(model, anchor);
    const frame = lastRoot().querySelector<HTMLElement>('.frame')!;
    expect(frame.style.opacity).toBe('0');
    await vi.mocked(floating.computePosition).mock.results.at(-1)!.value;
    await Promise.resolve();
    expect(frame.style.opacity).toBe('');
    expect(frame.style.left).not.toBe('');
  });

  it('hides the card when it cannot be placed', async () => {
    const ui = setup();
    vi.mocked(floating.computePosition).mockRejectedValueOnce(new Error('no layout'));
    ui.show(model, anchor);
    await vi.waitFor(() => expect(ui.isOpen()).toBe(false));
  });

  it('follows the anchor with @floating-ui/dom: fixed strategy, offset, flip, shift and size', async () => {
    const ui = setup();
    ui.show(model, anchor);
    const call = vi.mocked(floating.computePosition).mock.calls.at(-1)!;
    expect(call[0].getBoundingClientRect()).toBe(anchor);
    expect(call[2]).toMatchObject({ strategy: 'fixed', placement: 'bottom-start' });
    expect(call[2]!.middleware!.map((m) => (m ? m.name : undefined))).toEqual(['offset', 'flip', 'shift', 'size']);
    const { x, y } = await vi.mocked(floating.computePosition).mock.results.at(-1)!.value;
    const frame = lastRoot().querySelector<HTMLElement>('.frame')!;
    expect([frame.style.left, frame.style.top]).toEqual([`${Math.round(x)}px`, `${Math.round(y)}px`]);
    ui.hide();
    const calls = vi.mocked(floating.computePosition).mock.calls.length;
    window.dispatchEvent(new Event('scroll'));
    expect(vi.mocked(floating.computePosition).mock.calls.length).toBe(calls);
  });

  it('reads a theme function at each show', () => {
    let theme: 'light' | 'dark' = 'dark';
    const ui = setup({ theme: () => theme });
    ui.show(model, anchor);
    expect(lastRoot().querySelector('.card')?.getAttribute('data-theme')).toBe('dark');
    theme = 'light';
    ui.show(model, anchor);
    expect(lastRoot().querySelector('.card')?.getAttribute('data-theme')).toBe('light');
  });

  it('hides when its anchor element leaves the page', async () => {
    const ui = setup();
    const p = document.createElement('p');
    document.body.append(p);
    p.getBoundingClientRect = () => anchor;
    ui.show(model, p);
    expect(ui.isOpen()).toBe(true);
    p.remove();
    window.dispatchEvent(new Event('resize'));
    expect(ui.isOpen()).toBe(false);
  });

  it('removes the host and its listeners on abort, and shows nothing afterwards', () => {
    const ui = setup();
    ui.show(model, anchor);
    const host = ui.host!;
    controller.abort();
    expect(host.isConnected).toBe(false);
    expect(ui.isOpen()).toBe(false);
    ui.show(model, anchor);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('is not intercepted by a page that patches attachShadow after load', () => {
    const patched = vi.fn();
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      patched(init);
      return original.call(this, { ...init, mode: 'open' });
    };
    try {
      const ui = setup();
      ui.show(model, anchor);
      expect(patched).not.toHaveBeenCalled();
      expect(ui.host!.shadowRoot).toBeNull();
    } finally {
      Element.prototype.attachShadow = original;
    }
  });
});

describe('the in-page list of names', () => {
  const entries = [
    { id: 'tidewater-summit', name: 'Tidewater Summit', type: 'event' as const, count: 1 },
    { id: 'mara-veldt', name: 'Mara Veldt', type: 'person' as const, count: 3 },
  ];
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  function openList(extra: { loadCard?: (id: string) => Promise<ReturnType<typeof cardModel>> } = {}) {
    const ui = setup();
    const goTo = vi.fn();
    const loadCard = vi.fn(extra.loadCard ?? (async (id: string) => cardModel(fb, id)));
    ui.showList({ entries, loadCard, onGoTo: goTo });
    return { ui, root: lastRoot(), goTo, loadCard };
  }

  it('opens in the one host as a labelled dialog, grouped by type, focus on the first name', () => {
    const page = document.createElement('button');
    document.body.append(page);
    page.focus();
    const { ui, root } = openList();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(ui.isListOpen()).toBe(true);
    const dialog = root.querySelector('.list[role="dialog"]')!;
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Names on this page');
    // people before events, whatever order the page found them in
    expect([...dialog.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['People', 'Events']);
    const buttons = [...dialog.querySelectorAll('[data-entry]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Mara Veldt, person, 3 mentions',
      'Tidewater Summit, event, 1 mention',
    ]);
    expect(root.activeElement).toBe(buttons[0]);
  });

  it('lists agreements and awards under their own headings, after events', () => {
    const ui = setup();
    const kinds = [
      { id: 'tidewater-medal', name: 'Tidewater Medal', type: 'award' as const, count: 1 },
      { id: 'elsby-harbour-accord', name: 'Elsby Harbour Accord', type: 'agreement' as const, count: 2 },
      ...entries,
    ];
    ui.showList({ entries: kinds, loadCard: async (id: string) => cardModel(fb, id), onGoTo: vi.fn() });
    const dialog = lastRoot().querySelector('.list[role="dialog"]')!;
    expect([...dialog.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['People', 'Events', 'Agreements', 'Awards']);
    expect([...dialog.querySelectorAll('[data-entry]')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Mara Veldt, person, 3 mentions',
      'Tidewater Summit, event, 1 mention',
      'Elsby Harbour Accord, agreement, 2 mentions',
      'Tidewater Medal, award, 1 mention',
    ]);
  });

  it('moves between names with the arrow keys, Home and End, wrapping around', () => {
    const { root } = openList();
    const [first, second] = [...root.querySelectorAll<HTMLElement>('[data-entry]')];
    key(first!, 'ArrowDown');
    expect(root.activeElement).toBe(second);
    key(second!, 'ArrowDown');
    expect(root.activeElement).toBe(first);
    key(first!, 'End');
    expect(root.activeElement).toBe(second);
    key(second!, 'Home');
    expect(root.activeElement).toBe(first);
    key(first!, 'ArrowUp');
    expect(root.activeElement).toBe(second);
  });

  it('shows a name’s card in place and goes back to that name on Esc', async () => {
    const { ui, root, goTo, loadCard } = openList();
    const summit = root.querySelector<HTMLElement>('[data-entry="tidewater-summit"]')!;
    summit.click();
    expect(goTo).toHaveBeenCalledWith('tidewater-summit');
    expect(loadCard).toHaveBeenCalledWith('tidewater-summit');
    await settle();
    const card = root.querySelector('.list .card')!;
    expect(card.querySelector('.name')?.textContent).toBe('Tidewater Summit');
    expect(root.activeElement).toBe(card);
    expect(ui.isOpen()).toBe(false); // the hover card is not involved
    key(card, 'Escape');
    await settle();
    expect(root.querySelector('.list .card')).toBeNull();
    expect(ui.isListOpen()).toBe(true);
    expect(root.activeElement).toBe(root.querySelector('[data-entry="tidewater-summit"]'));
  });

  it('follows related names inside the list without moving the page', async () => {
    const { root, goTo } = openList();
    root.querySelector<HTMLElement>('[data-entry="mara-veldt"]')!.click();
    await settle();
    const related = [...root.querySelectorAll<HTMLButtonElement>('.list .related button')];
    related.find((b) => b.textContent === 'Tidewater Summit')!.click();
    await settle();
    expect(root.querySelector('.list .card .name')?.textContent).toBe('Tidewater Summit');
    expect(goTo).toHaveBeenCalledTimes(1);
  });

  it('says so when the archive has no card for a name', async () => {
    const { root } = openList({ loadCard: async () => undefined });
    root.querySelector<HTMLElement>('[data-entry="mara-veldt"]')!.click();
    await settle();
    expect(root.querySelector('.list [role="status"]')?.textContent).toContain('no card');
    expect(root.querySelector('.list .card')).toBeNull();
  });

  it('closes on Esc and gives focus back to the page, without touching the page’s key handlers', () => {
    const page = document.createElement('button');
    document.body.append(page);
    page.focus();
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    const { ui, root } = openList();
    key(root.activeElement!, 'Escape');
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
    expect(ui.isListOpen()).toBe(false);
    expect(root.querySelector('.list')).toBeNull();
    expect(document.activeElement).toBe(page);
  });

  it('says when the page mentions nothing from the archive', () => {
    const ui = setup();
    ui.showList({ entries: [], loadCard: async () => undefined, onGoTo: () => undefined });
    expect(lastRoot().querySelector('.list')?.textContent).toContain('Nothing from the archive on this page.');
  });

  it('is removed with the host on abort', () => {
    const { ui } = openList();
    controller.abort();
    expect(ui.isListOpen()).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
