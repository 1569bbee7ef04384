import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractText } from '../../../src/page/extract';
import { createPainter, ENTITY_TYPES, highlightName, MAX_REGISTERED, supported, unsupportedReason, type MentionToPaint } from '../../../src/page/highlights';
import { toRange } from '../../../src/page/ranges';

// happy-dom has no CSS Custom Highlight API. A Map stands in for the registry and a Set for
// Highlight: enough for what the painter does with them. Real painting is covered by e2e tests.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
// happy-dom's `CSS` is a getter returning a fresh object each time, so the whole global is swapped.
const realCss = Object.getOwnPropertyDescriptor(globalThis, 'CSS')!;
let registry: Map<string, unknown>;

function installFakeApi(): void {
  registry = new Map();
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
}
function removeFakeApi(): void {
  Object.defineProperty(globalThis, 'CSS', realCss);
  delete (globalThis as { Highlight?: unknown }).Highlight;
}

function mentions(html: string, spans: [string, MentionToPaint['type'], string][]): MentionToPaint[] {
  document.body.innerHTML = html;
  const page = extractText(document, { root: document.body });
  let from = 0;
  return spans.map(([word, type, id]) => {
    const s = page.text.indexOf(word, from);
    from = s + word.length;
    return { range: toRange(page, s, s + word.length)!, type, id };
  });
}

/** One paragraph of these words, each a person's mention. */
function personMentions(words: string[]): MentionToPaint[] {
  document.body.innerHTML = `<p>${words.join(' ')}</p>`;
  const page = extractText(document, { root: document.body });
  let from = 0;
  return words.map((w) => {
    const s = page.text.indexOf(w, from);
    from = s + w.length;
    return { range: toRange(page, s, s + w.length)!, type: 'person', id: w.toLowerCase() };
  });
}

const html = '<p>John Kerry met Xi Jinping in Beijing. Kerry said APEC would help.</p>';
const spans: [string, MentionToPaint['type'], string][] = [
  ['John Kerry', 'person', 'john-kerry'],
  ['Xi Jinping', 'person', 'xi-jinping'],
  ['Beijing', 'place', 'beijing'],
  ['Kerry', 'person', 'john-kerry'],
  ['APEC', 'event', 'apec-2023'],
];

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.adoptedStyleSheets = [];
});
afterEach(() => {
  controller.abort();
  removeFakeApi();
  vi.useRealTimers();
});

describe('without the Highlight API', () => {
  it('paints nothing, says why, and still keeps the mentions', () => {
    removeFakeApi();
    expect(supported()).toBe(false);
    expect(unsupportedReason()).toMatch(/Highlight API/);
    const painter = createPainter({ signal: controller.signal });
    expect(painter.unsupportedReason).toMatch(/Highlight API/);
    expect(() => painter.paint(mentions(html, spans))).not.toThrow();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(painter.all()).toHaveLength(5);
    expect(painter.rangesFor('john-kerry').map(String)).toEqual(['John Kerry', 'Kerry']);
    controller.abort();
  });
});

describe('with the Highlight API (fake registry)', () => {
  beforeEach(installFakeApi);

  it('registers one highlight per type under our names, and leaves stylesheets alone', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const pageHighlight = new FakeHighlight();
    registry.set('page-search', pageHighlight);
    expect(supported()).toBe(true);
    const painter = createPainter({ signal: controller.signal });
    expect(painter.unsupportedReason).toBeUndefined();
    painter.paint(mentions(html, spans));

    const person = registry.get(highlightName('person')) as FakeHighlight;
    expect([...person].map(String)).toEqual(['John Kerry', 'Xi Jinping', 'Kerry']);
    expect([...(registry.get('news-context-place') as FakeHighlight)].map(String)).toEqual(['Beijing']);
    expect([...(registry.get('news-context-event') as FakeHighlight)].map(String)).toEqual(['APEC']);
    expect(painter.owns(person)).toBe(true);
    expect(painter.owns(pageHighlight)).toBe(false);

    // the rules were adopted before the page was styled (mark-sheet.ts): painting must not restyle the page
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);

    // Repainting reuses the same highlights.
    painter.paint(mentions(html, spans.slice(0, 2)));
    expect(registry.get(highlightName('person'))).toBe(person);
    expect(person.size).toBe(2);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('on a dark page registers under the dark names (the same stylesheet styles both), and removes them at the end', () => {
    document.body.style.backgroundColor = 'rgb(20, 20, 24)';
    try {
      const painter = createPainter({ signal: controller.signal });
      painter.paint(mentions(html, spans));
      expect([...registry.keys()].filter((k) => k.startsWith('news-context-')).sort()).toEqual(
        ENTITY_TYPES.map((t) => highlightName(t, 'dark')).sort(),
      );
      expect([...(registry.get(highlightName('person', 'dark')) as FakeHighlight)].map(String)).toEqual(['John Kerry', 'Xi Jinping', 'Kerry']);
      controller.abort();
      expect([...registry.keys()].filter((k) => k.startsWith('news-context-'))).toEqual([]);
    } finally {
      document.body.style.backgroundColor = '';
    }
  });

  it('removes only what is ours when the signal aborts', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const pageHighlight = new FakeHighlight();
    registry.set('page-search', pageHighlight);
    const painter = createPainter({ signal: controller.signal });
    painter.paint(mentions(html, spans));
    // The page took over one of our names: theirs now, so it stays.
    const squatter = new FakeHighlight();
    registry.set(highlightName('event'), squatter);
    controller.abort();
    expect([...registry.keys()].sort()).toEqual([highlightName('event'), 'page-search']);
    expect(registry.get(highlightName('event'))).toBe(squatter);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    painter.paint(mentions(html, spans)); // after teardown: nothing happens
    expect(registry.has(highlightName('person'))).toBe(false);
  });

  it("never overwrites a page's highlight that uses our name", () => {
    const squatter = new FakeHighlight();
    registry.set(highlightName('person'), squatter);
    createPainter({ signal: controller.signal }).paint(mentions(html, spans));
    expect(registry.get(highlightName('person'))).toBe(squatter);
    expect(squatter.size).toBe(0);
  });

  it("density 'first' paints the first mention per entity; switching back paints all", () => {
    const painter = createPainter({ signal: controller.signal, density: 'first' });
    painter.paint(mentions(html, spans));
    expect(painter.all().map((m) => m.text)).toEqual(['John Kerry', 'Xi Jinping', 'Beijing', 'APEC']);
    expect(painter.rangesFor('john-kerry').map(String)).toEqual(['John Kerry']);
    painter.setDensity('all');
    expect(painter.rangesFor('john-kerry').map(String)).toEqual(['John Kerry', 'Kerry']);
    expect((registry.get(highlightName('person')) as FakeHighlight).size).toBe(3);
  });

  it('drops stale mentions from the highlight at once', () => {
    const painter = createPainter({ signal: controller.signal });
    const ms = mentions('<p>John Kerry met Xi Jinping.</p><p>Kerry left.</p>', [
      ['John Kerry', 'person', 'john-kerry'],
      ['Xi Jinping', 'person', 'xi-jinping'],
      ['Kerry', 'person', 'john-kerry'],
    ]);
    painter.paint(ms);
    const before = painter.all();
    (document.querySelector('p')!.firstChild as Text).data = 'Someone else met Xi Jinping.';
    expect(painter.dropStale()).toBe(2);
    expect(painter.all()).not.toBe(before);
    expect(painter.all().map((m) => m.text)).toEqual(['Kerry']);
    expect([...(registry.get(highlightName('person')) as FakeHighlight)].map(String)).toEqual(['Kerry']);
    expect(painter.dropStale()).toBe(0);
  });

  /** The records one observer callback gets for `change`. */
  async function recordsOf(change: () => void): Promise<MutationRecord[]> {
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(document.body, { subtree: true, characterData: true, childList: true });
    change();
    await Promise.resolve();
    mo.disconnect();
    return [...records, ...mo.takeRecords()];
  }

  it("with one callback's records: drops mentions in an edited or removed Text node, under a removed element, and over several nodes when a node goes between them", async () => {
    const painter = createPainter({ signal: controller.signal });
    painter.paint(
      mentions('<p id="a">John Kerry met him.</p><p>Xi Jinping spoke.</p><p id="b">Kerry left <b>Bei</b>jing.</p><div id="c"><p>Zhao Wei stayed.</p></div><p id="d">Li Na won.</p>', [
        ['John Kerry', 'person', 'john-kerry'],
        ['Xi Jinping', 'person', 'xi-jinping'],
        ['Kerry', 'person', 'john-kerry'],
        ['Beijing', 'place', 'beijing'],
        ['Zhao Wei', 'person', 'zhao-wei'],
        ['Li Na', 'person', 'li-na'],
      ]),
    );
    expect(painter.all()).toHaveLength(6);
    const records = await recordsOf(() => {
      (document.getElementById('a')!.firstChild as Text).data = 'Someone met him.'; // edited under "John Kerry"
      document.querySelector('#b b')!.after(document.createTextNode(' ')); // between the two nodes of "Beijing"
      document.getElementById('c')!.remove(); // an element around a mention
      document.getElementById('d')!.firstChild!.remove(); // a mention's own Text node
    });
    expect(painter.dropStale(records)).toBe(4);
    expect(painter.all().map((m) => m.text)).toEqual(['Xi Jinping', 'Kerry']);
    expect(painter.dropStale(records)).toBe(0);
  });

  it("with one callback's records, looks only where they point: a mention elsewhere is not read", async () => {
    const painter = createPainter({ signal: controller.signal });
    painter.paint(
      mentions('<p id="a">John Kerry spoke.</p><p id="b">Xi Jinping spoke.</p>', [
        ['John Kerry', 'person', 'john-kerry'],
        ['Xi Jinping', 'person', 'xi-jinping'],
      ]),
    );
    // "Xi Jinping" changes unobserved; the records are about the other paragraph only
    (document.getElementById('b')!.firstChild as Text).data = 'Someone else spoke.';
    const records = await recordsOf(() => {
      (document.getElementById('a')!.firstChild as Text).data = 'John Kerry spoke again.';
    });
    expect(painter.dropStale(records)).toBe(0);
    expect(painter.all().map((m) => m.text)).toEqual(['John Kerry', 'Xi Jinping']);
    // without records, every mention is checked
    expect(painter.dropStale()).toBe(1);
    expect(painter.all().map((m) => m.text)).toEqual(['John Kerry']);
  });

  it("with density 'first', the next mention takes the place of a stale first one", () => {
    const painter = createPainter({ signal: controller.signal, density: 'first' });
    painter.paint(
      mentions('<p>John Kerry spoke.</p><p>Kerry left.</p>', [
        ['John Kerry', 'person', 'john-kerry'],
        ['Kerry', 'person', 'john-kerry'],
      ]),
    );
    expect(painter.all().map((m) => m.text)).toEqual(['John Kerry']);
    document.querySelector('p')!.firstChild!.remove();
    painter.dropStale();
    expect(painter.all().map((m) => m.text)).toEqual(['Kerry']);
  });

  it('clear() unpaints but keeps our registry entries', () => {
    const painter = createPainter({ signal: controller.signal });
    painter.paint(mentions(html, spans));
    painter.clear();
    expect(painter.all()).toEqual([]);
    expect((registry.get(highlightName('person')) as FakeHighlight).size).toBe(0);
  });
});

describe('when the page clears the registry', () => {
  beforeEach(() => {
    installFakeApi();
    vi.useFakeTimers();
  });

  it('puts our highlights back once', () => {
    const onGiveUp = vi.fn();
    const painter = createPainter({ signal: controller.signal, onGiveUp });
    painter.paint(mentions(html, spans));
    registry.clear();
    vi.advanceTimersByTime(300); // the watch timer, then one animation frame
    expect(registry.has(highlightName('person'))).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it('gives up on a page that keeps clearing, and says so once', () => {
    const onGiveUp = vi.fn();
    const painter = createPainter({ signal: controller.signal, onGiveUp, maxRestores: 4, restoreWindowMs: 2000 });
    painter.paint(mentions(html, spans));
    const clearing = setInterval(() => registry.clear(), 100);
    let restored = 0;
    for (let t = 0; t < 5000; t += 10) {
      vi.advanceTimersByTime(10);
      if (registry.size > 0) restored++;
    }
    clearInterval(clearing);
    expect(onGiveUp).toHaveBeenCalledTimes(1);
    expect(onGiveUp.mock.calls[0]![0]).toMatch(/keeps removing/);
    vi.advanceTimersByTime(5000);
    expect(registry.size).toBe(0);
    expect(restored).toBeLessThan(60); // a few short restores, not a loop
  });
});

describe('what the browser has to redo', () => {
  beforeEach(installFakeApi);

  it('keeps the Range of a mention painted again over the same text, so a rescan that finds the same names changes nothing', () => {
    const painter = createPainter({ signal: controller.signal });
    const first = mentions(html, spans);
    painter.paint(first);
    const person = registry.get(highlightName('person')) as FakeHighlight;
    const before = [...person];
    const add = vi.spyOn(person, 'add');
    const remove = vi.spyOn(person, 'delete');
    // a rescan: the same spans, as new Range objects
    const page = extractText(document, { root: document.body });
    const again = spans.map(([word, type, id], k) => {
      const s = page.text.indexOf(word, k === 3 ? page.text.indexOf('Kerry said') : 0);
      return { range: toRange(page, s, s + word.length)!, type, id };
    });
    const used = painter.paint(again);
    expect(add).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect([...person]).toEqual(before);
    expect(used.slice(0, 2)).toEqual([first[0]!.range, first[1]!.range]);
  });

  it('on a page with thousands of mentions, registers at most MAX_REGISTERED at once but keeps them all', () => {
    const words = Array.from({ length: MAX_REGISTERED + 500 }, (_, i) => `Kerry${i}`);
    const many = personMentions(words);
    const painter = createPainter({ signal: controller.signal });
    painter.paint(many);
    expect((registry.get(highlightName('person')) as FakeHighlight).size).toBe(MAX_REGISTERED);
    expect(painter.all()).toHaveLength(words.length);
  });
});

describe('on a page that keeps changing', () => {
  beforeEach(installFakeApi);

  it('registers only the mentions on screen while busy, and all of them again once quiet', () => {
    const words = Array.from({ length: 200 }, (_, i) => `Kerry${i}`);
    const many = personMentions(words);
    // a line of 20 px per mention, the page scrolled to the top
    const line = new Map(many.map((m, k) => [m.range, k * 20] as const));
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = line.get(this) ?? 0;
      return { top, bottom: top + 18, left: 0, right: 50, width: 50, height: 18, x: 0, y: top } as DOMRect;
    });
    const painter = createPainter({ signal: controller.signal });
    painter.paint(many);
    const person = registry.get(highlightName('person')) as FakeHighlight;
    expect(person.size).toBe(200);
    painter.setBusy(true);
    const onScreen = many.filter((m) => line.get(m.range)! <= innerHeight).length;
    expect(person.size).toBe(onScreen);
    expect(onScreen).toBeLessThan(200);
    expect(painter.all()).toHaveLength(200);
    painter.setBusy(false);
    expect(person.size).toBe(200);
  });
});
