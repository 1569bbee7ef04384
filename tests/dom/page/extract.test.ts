import { afterEach, describe, expect, it } from 'vitest';
import { isExcluded } from '../../../src/page/excluded';
import { extractText, extractTextInSlices, isOptedOut, type PageText } from '../../../src/page/extract';

function page(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

/** Text from the page's nodes for text[s, e), read back through the node map. */
function fromNodes(p: PageText, s: number, e: number): string {
  let out = '';
  p.nodes.forEach((node, i) => {
    const a = Math.max(s, p.starts[i]!);
    const b = Math.min(e, p.ends[i]!);
    if (a < b) out += node.data.slice(a - p.starts[i]!, b - p.starts[i]!);
  });
  return out;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('extractText: what is read', () => {
  it.each([
    ['script', '<script>var Biden = 1</script>'],
    ['style', '<style>.Biden{}</style>'],
    ['noscript', '<noscript>Biden</noscript>'],
    ['template', '<template>Biden</template>'],
    ['textarea', '<textarea>Biden</textarea>'],
    ['select/option', '<select><option>Biden</option></select>'],
    ['button', '<button>Follow Biden</button>'],
    ['svg', '<svg><text>Biden</text></svg>'],
    ['math', '<math><mi>Biden</mi></math>'],
    ['object', '<object>Biden</object>'],
    ['canvas', '<canvas>Biden</canvas>'],
    ['contenteditable', '<div contenteditable>Biden</div>'],
    ['contenteditable=true', '<div contenteditable="true">Biden</div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">Biden</div>'],
    ['pre', '<pre>Biden</pre>'],
    ['code', '<p><code>Biden</code></p>'],
    ['kbd', '<kbd>Biden</kbd>'],
    ['samp', '<samp>Biden</samp>'],
    ['translate=no', '<span translate="no">Biden</span>'],
    ['.notranslate', '<span class="notranslate">Biden</span>'],
    ['.notranslate among other classes', '<span class="lede\tnotranslate big">Biden</span>'],
    ['hidden', '<div hidden>Biden</div>'],
    ['aria-hidden', '<span aria-hidden="true">Biden</span>'],
    ['display:none', '<div style="display:none">Biden</div>'],
    ['display:none by a stylesheet', '<style>.x{display:none}</style><div class="x"><b>Biden</b></div>'],
    ['visibility:hidden', '<span style="visibility:hidden">Biden</span>'],
    ['nav', '<nav>Biden</nav>'],
  ])('skips %s', (_name, html) => {
    const doc = page(`<div><p>Kerry spoke.</p>${html}<p>Xi listened.</p></div>`);
    const { text } = extractText(doc, { root: doc.body });
    expect(text).not.toContain('Biden');
    expect(text).toContain('Kerry spoke.');
    expect(text).toContain('Xi listened.');
  });

  it('skips iframes (checked unattached: happy-dom would try to load an attached one)', () => {
    expect(isExcluded(document.createElement('iframe'))).toBe(true);
  });

  it('reads a class that only contains the word notranslate', () => {
    const doc = page('<p>Kerry met <span class="notranslated-name">Biden</span>.</p>');
    expect(extractText(doc, { root: doc.body }).text).toBe('Kerry met Biden.');
  });

  it('reads contenteditable="false" islands and ordinary inline markup', () => {
    const doc = page('<p>President <a href="#">Joe <b>Biden</b></a> <span contenteditable="false">met</span> Xi.</p>');
    expect(extractText(doc, { root: doc.body }).text).toBe('President Joe Biden met Xi.');
  });

  it('leaves out what a skip predicate rejects (our own host)', () => {
    const doc = page('<p>Kerry</p><div id="ours"><p>Biden</p></div>');
    const { text } = extractText(doc, { root: doc.body, skip: (el) => el.id === 'ours' });
    expect(text).toBe('Kerry');
  });

  it('can skip the visibility checks (cheaper in DOM emulations)', () => {
    const doc = page('<p>Kerry</p><p style="display:none">Biden</p>');
    expect(extractText(doc, { root: doc.body, checkVisibility: false }).text).toBe('Kerry\u2029Biden');
  });
});

describe('extractText: separators', () => {
  it.each([
    ['list items', '<ul><li>Kerry</li><li>Washington</li></ul>', 'Kerry\u2029Washington'],
    ['paragraphs', '<p>Kerry</p>\n  <p>Washington</p>', 'Kerry\u2029Washington'],
    ['divs without whitespace', '<div>Kerry</div><div>Washington</div>', 'Kerry\u2029Washington'],
    ['table cells', '<table><tr><td>Kerry</td><td>Washington</td></tr></table>', 'Kerry\u2029Washington'],
    ['a heading and a paragraph', '<h2>Kerry</h2><p>Washington</p>', 'Kerry\u2029Washington'],
    ['a nested block', '<div>Kerry<div>Washington</div>tail</div>', 'Kerry\u2029Washington\u2029tail'],
    ['a skipped element between words', '<p>Kerry<code>x</code>Washington</p>', 'Kerry\u2029Washington'],
    ['<br>', '<p>Kerry<br>Washington</p>', 'Kerry Washington'],
    ['inline elements (none)', '<p><b>Joe</b> <i>Biden</i></p>', 'Joe Biden'],
  ])('%s', (_name, html, expected) => {
    const doc = page(html);
    expect(extractText(doc, { root: doc.body }).text).toBe(expected);
  });

  it('never collapses whitespace inside text', () => {
    const doc = page('<p>John\n   Kerry  said</p>');
    expect(extractText(doc, { root: doc.body }).text).toBe('John\n   Kerry  said');
  });

  it('maps every offset back to its text node', () => {
    const doc = page(
      '<h1>Biden, Xi set to meet</h1><p>President <a href="/b">Joe Biden</a> and <b>Xi <i>Jinping</i></b> met.</p>' +
        '<ul><li>John Kerry</li><li>Xie Zhenhua</li></ul><p>Line<br>two</p>',
    );
    const p = extractText(doc, { root: doc.body });
    for (const word of ['Biden', 'Joe Biden', 'Xi Jinping', 'John Kerry', 'Xie Zhenhua', 'met.', 'two']) {
      const s = p.text.indexOf(word);
      expect(s, word).toBeGreaterThanOrEqual(0);
      expect(fromNodes(p, s, s + word.length), word).toBe(word);
    }
    p.nodes.forEach((node, i) => {
      expect(p.text.slice(p.starts[i]!, p.ends[i]!)).toBe(node.data);
    });
    // Separators map to no node.
    const sep = p.text.indexOf('\u2029');
    expect(p.nodes.some((_, i) => p.starts[i]! <= sep && sep < p.ends[i]!)).toBe(false);
  });

  it('stops at the character cap and says so', () => {
    const doc = page('<p>aaaa</p><p>bbbb</p><p>cccc</p>');
    const p = extractText(doc, { root: doc.body, maxChars: 10 });
    expect(p.text).toBe('aaaa\u2029bbbb');
    expect(p.truncated).toBe(true);
    expect(extractText(doc, { root: doc.body }).truncated).toBe(false);
  });
});

describe('isOptedOut', () => {
  it.each([
    ['<meta name="news-context" content="off">', true],
    ['<meta name="News-Context" content=" OFF ">', true],
    ['<meta name="news-context" content="on">', false],
    ['', false],
  ])('%s → %s', (meta, expected) => {
    document.head.innerHTML = meta;
    expect(isOptedOut(document)).toBe(expected);
  });
});

describe('extractTextInSlices', () => {
  const big = () =>
    page(`<article>${Array.from({ length: 1500 }, (_, i) => `<p>Paragraph ${i} on <b>Ada Okafor</b> and <i>Lima</i>.</p>`).join('')}</article>`);

  it('reads exactly what extractText reads, waiting for the next task between slices', async () => {
    const doc = big();
    const whole = extractText(doc, { checkVisibility: false });
    let waits = 0;
    const timer = setInterval(() => waits++, 0);
    const sliced = await extractTextInSlices(doc, { checkVisibility: false, sliceMs: 0 });
    clearInterval(timer);
    expect(sliced!.text).toBe(whole.text);
    expect(sliced!.nodes).toEqual(whole.nodes);
    expect(sliced!.starts).toEqual(whole.starts);
    // 1,500 paragraphs of 5 text nodes each, a look at the clock every 256 nodes: the page got tasks in between
    expect(waits).toBeGreaterThan(5);
  });

  it('hands over the top once, at the end of a block, and reads on only once the top is painted', async () => {
    const doc = big();
    const heads: PageText[] = [];
    let paint!: () => void;
    const painted = new Promise<void>((resolve) => {
      paint = resolve;
    });
    let done = false;
    const reading = extractTextInSlices(doc, {
      checkVisibility: false,
      headChars: 2_000,
      onHead: (head) => {
        heads.push(head);
        return painted;
      },
    }).then((p) => {
      done = true;
      return p;
    });
    await expect.poll(() => heads.length).toBe(1);
    const head = heads[0]!;
    expect(head.text.length).toBeGreaterThanOrEqual(2_000);
    expect(head.text.length).toBeLessThan(2_100);
    expect(head.text.endsWith('Lima.')).toBe(true);
    // the rest waits for the top's highlights (the page's other tasks still run)
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    paint();
    const whole = await reading;
    expect(whole!.text.startsWith(head.text)).toBe(true);
    expect(whole!.text).toBe(extractText(doc, { checkVisibility: false }).text);
    expect(heads).toHaveLength(1);
  });

  it('stops, and gives nothing, once its signal is aborted', async () => {
    const doc = big();
    const controller = new AbortController();
    const reading = extractTextInSlices(doc, { checkVisibility: false, sliceMs: 0, signal: controller.signal });
    controller.abort();
    expect(await reading).toBeUndefined();
  });
});
