import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/page/extract';
import type { PaintedMention } from '../../../src/page/highlights';
import { mentionAt, type HitSource } from '../../../src/page/hit-test';
import { toRange } from '../../../src/page/ranges';

// happy-dom does no layout: each mention gets a fake client rect, and the caret APIs are
// stubbed to say which text position a point falls on. Real geometry is for the e2e tests.
type Box = { left: number; top: number; right: number; bottom: number };
const rect = (b: Box) => ({ ...b, x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top }) as DOMRect;

function paint(html: string, words: [string, string, Box][]): { source: HitSource; list: PaintedMention[]; ours: object } {
  document.body.innerHTML = html;
  const page = extractText(document, { root: document.body });
  const list = words.map(([word, id, box]) => {
    const s = page.text.indexOf(word);
    const range = toRange(page, s, s + word.length)!;
    range.getClientRects = () => [rect(box)] as unknown as DOMRectList;
    return { range, id, type: 'person' as const, text: word };
  });
  const ours = {};
  return { source: { all: () => list, owns: (h) => h === ours }, list, ours };
}

const doc = document as unknown as Record<string, unknown>;
const realCss = Object.getOwnPropertyDescriptor(globalThis, 'CSS')!;
afterEach(() => {
  delete doc.caretPositionFromPoint;
  delete doc.caretRangeFromPoint;
  Object.defineProperty(globalThis, 'CSS', realCss);
});

/** caretPositionFromPoint that maps x to a character of the first text node: 10 px a character. */
function caretOverFirstNode(): void {
  doc.caretPositionFromPoint = (x: number, y: number) => {
    if (y < 0 || y > 20 || x < 0) return null;
    const node = document.querySelector('p')!.firstChild as Text;
    return { offsetNode: node, offset: Math.min(node.length, Math.round(x / 10)) };
  };
}

describe('mentionAt through the caret position', () => {
  // "John Kerry met Xi" — Kerry is characters 5-10, Xi 15-17, at 10 px a character.
  const html = '<p>John Kerry met Xi</p>';
  let source: HitSource;
  beforeEach(() => {
    ({ source } = paint(html, [
      ['Kerry', 'john-kerry', { left: 50, top: 0, right: 100, bottom: 20 }],
      ['Xi', 'xi-jinping', { left: 150, top: 0, right: 170, bottom: 20 }],
    ]));
    caretOverFirstNode();
  });

  it('finds the mention under the point, with the rect to place the card', () => {
    const hit = mentionAt(72, 10, source);
    expect(hit?.mention.id).toBe('john-kerry');
    expect(hit?.rect.left).toBe(50);
    expect(mentionAt(160, 10, source)?.mention.id).toBe('xi-jinping');
  });

  it('ignores points beside a mention, even where the caret snaps to its edge', () => {
    expect(mentionAt(103, 10, source)).toBeUndefined(); // caret at offset 10 (the end of Kerry)
    expect(mentionAt(20, 10, source)).toBeUndefined();
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const position = doc.caretPositionFromPoint as (x: number, y: number) => { offsetNode: Node; offset: number };
    delete doc.caretPositionFromPoint;
    doc.caretRangeFromPoint = (x: number, y: number) => {
      const p = position(x, y);
      const r = document.createRange();
      r.setStart(p.offsetNode, p.offset);
      return r;
    };
    expect(mentionAt(72, 10, source)?.mention.id).toBe('john-kerry');
  });

  it('never throws: outside the page, NaN, a throwing caret API, nothing painted', () => {
    expect(mentionAt(-5, -5, source)).toBeUndefined();
    expect(mentionAt(Number.NaN, 10, source)).toBeUndefined();
    expect(mentionAt(72, 10, { all: () => [], owns: () => false })).toBeUndefined();
    doc.caretPositionFromPoint = () => {
      throw new Error('detached');
    };
    expect(mentionAt(72, 10, source)).toBeUndefined();
  });
});

it('finds a mention over several text nodes by its geometry', () => {
  const { source } = paint('<p>President <a href="#">Joe</a> <b>Biden</b> spoke</p>', [
    ['Joe Biden', 'joe-biden', { left: 100, top: 0, right: 190, bottom: 20 }],
  ]);
  doc.caretPositionFromPoint = () => ({ offsetNode: document.querySelector('b')!.firstChild, offset: 2 });
  expect(mentionAt(170, 10, source)?.mention.id).toBe('joe-biden');
});

describe('mentionAt through highlightsFromPoint', () => {
  it('takes the range the registry reports for our highlight, ignoring the page’s', () => {
    const { source, list, ours } = paint('<p>John Kerry met Xi</p>', [
      ['Kerry', 'john-kerry', { left: 50, top: 0, right: 100, bottom: 20 }],
      ['Xi', 'xi-jinping', { left: 150, top: 0, right: 170, bottom: 20 }],
    ]);
    const pageHighlight = {};
    const highlightsFromPoint = () => [
      { highlight: pageHighlight, ranges: [list[0]!.range] },
      { highlight: ours, ranges: [list[1]!.range] },
    ];
    Object.defineProperty(globalThis, 'CSS', { value: { highlights: { highlightsFromPoint } }, configurable: true });
    // No caret API at all: the answer can only come from the registry.
    expect(mentionAt(160, 10, source)?.mention.id).toBe('xi-jinping');
  });

  it('falls back to the caret when the registry finds none of ours (the page cleared it)', () => {
    const { source } = paint('<p>John Kerry met Xi</p>', [['Kerry', 'john-kerry', { left: 50, top: 0, right: 100, bottom: 20 }]]);
    Object.defineProperty(globalThis, 'CSS', { value: { highlights: { highlightsFromPoint: () => [] } }, configurable: true });
    caretOverFirstNode();
    expect(mentionAt(72, 10, source)?.mention.id).toBe('john-kerry');
  });
});
