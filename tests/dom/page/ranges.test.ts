import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/page/extract';
import { isStale, nodeAt, toRange } from '../../../src/page/ranges';

function setup(html: string) {
  document.body.innerHTML = html;
  return extractText(document, { root: document.body });
}

function span(text: string, word: string): [number, number] {
  const s = text.indexOf(word);
  return [s, s + word.length];
}

describe('toRange', () => {
  it.each([
    ['one text node', '<p>Envoy John Kerry said</p>', 'John Kerry'],
    ['across inline elements', '<p>President <a href="#">Joe</a> <b>Biden</b> said</p>', 'Joe Biden'],
    ['nested inline elements', '<p><b>Xi <i>Jin</i>ping</b> spoke</p>', 'Xi Jinping'],
    ['at the end of a block', '<p>He met Xi</p><p>Next</p>', 'Xi'],
  ])('%s', (_name, html, word) => {
    const page = setup(html);
    const range = toRange(page, ...span(page.text, word));
    expect(range?.toString()).toBe(word);
  });

  it('spans a <br> (a soft break) but not a block separator', () => {
    let page = setup('<p>Joe<br>Biden</p>');
    expect(toRange(page, 0, page.text.length)?.toString()).toBe('JoeBiden');
    page = setup('<ul><li>Kerry</li><li>Washington</li></ul>');
    expect(page.text).toBe('Kerry\u2029Washington');
    expect(toRange(page, 0, page.text.length)).toBeUndefined();
  });

  it('refuses spans that start or end on a separator, or fall outside the text', () => {
    const page = setup('<p>Kerry</p><p>Xi</p>');
    const sep = page.text.indexOf('\u2029');
    expect(toRange(page, sep, sep + 3)).toBeUndefined();
    expect(toRange(page, 0, sep + 1)).toBeUndefined();
    expect(toRange(page, -1, 2)).toBeUndefined();
    expect(toRange(page, 3, 3)).toBeUndefined();
    expect(toRange(page, 0, 999)).toBeUndefined();
    expect(nodeAt(page, sep)).toBe(-1);
  });

  it('gives undefined when the page changed the text since it was read', () => {
    const page = setup('<p>John Kerry said</p><p>Xi spoke</p>');
    const kerry = span(page.text, 'Kerry');
    const xi = span(page.text, 'Xi');
    page.nodes[0]!.data = 'John Kelly said';
    page.nodes[1]!.remove();
    expect(toRange(page, ...kerry)).toBeUndefined();
    expect(toRange(page, ...xi)).toBeUndefined();
  });
});

describe('isStale', () => {
  function painted(html: string, word: string) {
    const page = setup(html);
    const range = toRange(page, ...span(page.text, word))!;
    return { range, text: range.toString(), node: page.nodes[0]! };
  }

  // happy-dom does not move live Ranges on insertData or re-parenting as browsers do (DOM
  // standard, "live range pre-remove steps"); those cases are simulated below by putting the
  // boundary where a browser would, and covered for real by the e2e tests.
  it('is false while the mention is intact', () => {
    const { range, text } = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    expect(isStale(range, text)).toBe(false);
  });

  it('is true after node.data = …', () => {
    const { range, text, node } = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    node.data = 'Envoy John Kelly said';
    expect(isStale(range, text)).toBe(true);
  });

  it('is true after the text changes inside the mention', () => {
    const { range, text, node } = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    node.replaceData(12, 2, 'll');
    expect(isStale(range, text)).toBe(true);
  });

  it('is true after remove() of the node or its paragraph', () => {
    const a = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    a.node.remove();
    expect(isStale(a.range, a.text)).toBe(true);
    const b = painted('<div><p>Envoy John Kerry said</p></div>', 'Kerry');
    document.querySelector('p')!.remove();
    expect(isStale(b.range, b.text)).toBe(true);
  });

  it('is true when a boundary moved to an element or the range collapsed (removal, <font> wrapping)', () => {
    const a = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    a.range.setStart(a.node.parentNode!, 0); // where a removal leaves a live boundary
    expect(isStale(a.range, a.text)).toBe(true);
    const b = painted('<p>Envoy John Kerry said</p>', 'Kerry');
    b.range.collapse(true);
    expect(isStale(b.range, b.text)).toBe(true);
  });
});
