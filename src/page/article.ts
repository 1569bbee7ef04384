/**
 * Which parts of a page are the story: Readability's scoring (Mozilla Readability 0.6, Apache-2.0: the same
 * class/id hints, paragraph scores, link density, sibling merging and conditional cleaning), worked out
 * read-only on the live DOM in two passes instead of on a copy of the document that is rewritten. The
 * result is a list of regions to read, in document order, and the elements inside them that are not the
 * story (share bars, related links, comments, bylines); the headline is read with them.
 *
 * Both passes visit each node once (post-order, with counts summed upwards), so the cost grows with the
 * page, not with its depth; they yield every few hundred nodes so that the caller can slice the work.
 */
import { isExcluded } from './excluded';
import { bodyOf, firstChildOf, formsOf, nextSiblingOf, protoGet, queryAll } from './safe-dom';

export interface Article {
  /** Elements to read, in document order, none inside another. */
  roots: Element[];
  /** The region the story was found in (the best-scored one): where the page's date and similar hints are looked for. */
  main: Element;
  /** Elements inside the roots that are not the story: never read. */
  skipped: Set<Element>;
}

// Readability's hints (Readability.js REGEXPS), matched against "class id".
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const VIDEOS = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
/** The attributes of an iframe, embed or object that hold its address. */
const VIDEO_SOURCES = ['src', 'data', 'data-src'];
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** Tags whose presence makes a div a container rather than a paragraph. */
const BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** Text inside these counts as text (not as loose words) for the "no useful content" test. */
const TEXTISH = new Set(['span', 'li', 'td', ...BLOCKS]);
const PHRASING = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img',
  'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp',
  'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr', 'a', 'del', 'ins',
]);
const SCORED = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TAG_SCORE: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
/** Readability's minimum article length: below it the page is read again with fewer rules. */
const CHAR_THRESHOLD = 500;
const SHARE_MAX_CHARS = 500;
const NODES_PER_YIELD = 512;

/** Counts of a subtree, summed from the leaves up. */
interface Stats {
  text: number;
  /** Link text, links to a fragment counting 0.3. */
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embeds: number;
  video: boolean;
  /** Text inside headings, inside text-ish elements, inside lists. */
  heading: number;
  textish: number;
  list: number;
  /** A block element (BLOCKS) somewhere below. */
  block: boolean;
  /** A data table somewhere below. */
  dataTable: boolean;
}

const emptyStats = (): Stats => ({
  text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embeds: 0, video: false, heading: 0, textish: 0,
  list: 0, block: false, dataTable: false,
});

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** Readability's first pass: every rule on. */
const FIRST_FLAGS: Flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

/** The story's regions; the sliced form is {@link articleSteps}. */
export function findArticle(doc: Document): Article {
  const steps = articleSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The story's regions, a few hundred nodes per step. With `enough` (the top of a page still loading): the
 * page is scored once, with all of Readability's rules, and a story shorter than `enough` characters is no
 * story yet (no regions), where a whole page is scored again with fewer rules, up to three more times: on a page
 * whose story has not arrived, those passes cost more than the read they could not make worth it.
 */
export function* articleSteps(doc: Document, opts: { enough?: number } = {}): Generator<void, Article> {
  const body = bodyOf(doc);
  if (!body) return { roots: [], main: doc.documentElement, skipped: new Set() };
  const attempts: { article: Article; length: number }[] = [];
  const forms = formsOf(doc);
  if (opts.enough !== undefined) {
    const found = yield* attempt(body, FIRST_FLAGS, forms);
    return found.length >= opts.enough ? withHeadline(doc, found.article) : { roots: [], main: found.article.main, skipped: found.article.skipped };
  }
  for (const flags of [
    FIRST_FLAGS,
    { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
  ]) {
    const found = yield* attempt(body, flags, forms);
    if (found.length >= CHAR_THRESHOLD) return withHeadline(doc, found.article);
    attempts.push(found);
  }
  attempts.sort((a, b) => b.length - a.length);
  const best = attempts[0];
  return best && best.length > 0 ? withHeadline(doc, best.article) : { roots: [body], main: body, skipped: new Set() };
}

function* attempt(body: Element, flags: Flags, forms: ReadonlySet<Node>): Generator<void, { article: Article; length: number }> {
  const classWeight = (el: Element): number => (flags.weightClasses ? weightOf(el) : 0);
  const scores = new Map<Element, number>();
  const skipped = new Set<Element>();
  let bylineFound = false;

  /** A candidate's score, starting from its tag and class hints the first time it is asked for. */
  const scoreOf = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = (TAG_SCORE[el.localName] ?? 0) + classWeight(el);
      scores.set(el, s);
    }
    return s;
  };
  const addScore = (start: Element | null, points: number) => {
    let el = start;
    for (let level = 0; el && level < 5; level++, el = el.parentElement) {
      if (!el.parentElement) return; // the root element is never a candidate
      scores.set(el, scoreOf(el) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  const paragraph = (el: Element | null, length: number, commas: number) => {
    if (length >= 25) addScore(el, 1 + commas + 1 + Math.min(Math.floor(length / 100), 3));
  };

  const reject = (el: Element): boolean => {
    if (!el.hasAttributes()) return isExcluded(el); // most elements: no class, id, role or style to look at
    if (isExcluded(el) || !probablyVisible(el)) return true;
    if (el.getAttribute('role') === 'dialog' && el.getAttribute('aria-modal') === 'true') return true;
    const match = matchString(el);
    if (!bylineFound && isByline(el, match)) {
      bylineFound = true;
      return true;
    }
    if (!flags.stripUnlikely) return false;
    if (UNLIKELY.test(match) && !MAYBE.test(match) && el !== body && el.localName !== 'a' && !el.closest('table, code')) return true;
    return UNLIKELY_ROLES.has(el.getAttribute('role') ?? '');
  };

  // Pass 1: counts of the whole body, paragraph scores given to their ancestors.
  const stats = new Map<Element, Stats>();
  yield* postOrder(body, forms, {
    reject(el) {
      if (!reject(el)) return false;
      skipped.add(el);
      return true;
    },
    exit(el, s, runs) {
      // kept for candidates only (their descendants scored them before they are left): holding every element's
      // counts would move a big page's worth of objects to the old generation, and its collection is a long task
      if (scores.has(el)) stats.set(el, s);
      const tag = el.localName;
      if (SCORED.has(tag) || (tag === 'div' && !s.block)) paragraph(el.parentElement, s.text, s.commas);
      else if (tag === 'div') for (const run of runs) paragraph(el, run.text, run.commas);
    },
  });

  // Candidates: scores times (1 - link density); the best five.
  const top: { el: Element; score: number }[] = [];
  for (const [el, raw] of scores) {
    const s = stats.get(el);
    const score = raw * (1 - linkDensity(s));
    scores.set(el, score);
    const at = top.findIndex((t) => score > t.score);
    if (at >= 0) top.splice(at, 0, { el, score });
    else top.push({ el, score });
    if (top.length > 5) top.pop();
  }
  let best = top[0]?.el;
  if (!best || best === body) return { article: { roots: [body], main: body, skipped }, length: stats.get(body)?.text ?? 0 };

  // Several strong candidates under one ancestor: that ancestor.
  const alternatives = top.slice(1).filter((t) => t.score / top[0]!.score >= 0.75).map((t) => t.el);
  if (alternatives.length >= 3) {
    for (let up = best.parentElement; up && up !== body; up = up.parentElement) {
      if (alternatives.filter((a) => up.contains(a)).length >= 3) {
        best = up;
        break;
      }
    }
  }
  // A parent that scores higher than the best takes its place.
  let lastScore = scoreOf(best);
  const threshold = lastScore / 3;
  for (let up = best.parentElement; up && up !== body; up = up.parentElement) {
    const s = scores.get(up);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) {
      best = up;
      break;
    }
    lastScore = s;
  }
  while (best.parentElement && best.parentElement !== body && best.parentElement.children.length === 1) best = best.parentElement;

  // Siblings that look like more of the story join it.
  const bestScore = scoreOf(best);
  const siblingThreshold = Math.max(10, bestScore * 0.2);
  const bestClass = best.getAttribute('class') ?? '';
  const roots: Element[] = [];
  const parent = best.parentElement;
  for (const sibling of parent ? Array.from(parent.children) : [best]) {
    if (sibling === best) {
      roots.push(sibling);
      continue;
    }
    if (skipped.has(sibling)) continue; // rejected: not read
    const s = stats.get(sibling) ?? countsOf(sibling, skipped, forms);
    const bonus = bestClass !== '' && sibling.getAttribute('class') === bestClass ? bestScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= siblingThreshold) roots.push(sibling);
    else if (sibling.localName === 'p' || (sibling.localName === 'div' && !s.block)) {
      const density = linkDensity(s);
      if (s.text > 80 && density < 0.25) roots.push(sibling);
      else if (s.text < 80 && s.text > 0 && density === 0 && /\.( |$)/.test(sibling.textContent ?? '')) roots.push(sibling);
    }
  }

  // Pass 2: what inside the story is not the story (Readability's _prepArticle), counted again without it.
  let length = 0;
  for (const root of roots) {
    yield* postOrder(root, forms, {
      reject: (el) => skipped.has(el),
      exit(el, s) {
        if (el === root) {
          length += s.text;
          return false;
        }
        if (cleaned(el, s, root, flags, classWeight)) {
          skipped.add(el);
          return true;
        }
        return false;
      },
    });
  }
  return { article: { roots, main: best, skipped }, length };
}

/** Readability's removals inside the story, decided on the counts of `el` without what was removed below it. */
function cleaned(el: Element, s: Stats, root: Element, flags: Flags, classWeight: (el: Element) => number): boolean {
  const tag = el.localName;
  if (tag === 'footer' || tag === 'aside' || tag === 'object' || tag === 'embed' || tag === 'link') return true;
  if (s.text < SHARE_MAX_CHARS && el.parentElement !== null && el.parentElement !== root && SHARE.test(matchString(el))) return true;
  if ((tag === 'h1' || tag === 'h2') && classWeight(el) < 0) return true;
  if (!flags.cleanConditionally) return false;
  if (tag !== 'form' && tag !== 'fieldset' && tag !== 'table' && tag !== 'ul' && tag !== 'div') return false;
  if (tag === 'table' && isDataTable(el)) return false;
  if (s.dataTable || el.closest('code') || insideDataTable(el)) return false;
  const weight = classWeight(el);
  if (weight < 0) return true;
  if (s.commas >= 10) return false;
  const isList = tag === 'ul' || (s.text > 0 && s.list / s.text > 0.9);
  if (s.video) return false;
  // "Advertisement", "Loading...": only a short block with visible text can be one (reading a long one's text
  // would cost its size; an empty ad slot's textContent is its scripts' source)
  if (s.text > 0 && s.text <= 40) {
    const text = (el.textContent ?? '').trim();
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  }
  const density = linkDensity(s);
  const headingDensity = s.text ? s.heading / s.text : 0;
  const textDensity = s.text ? s.textish / s.text : 0;
  const inFigure = !!el.closest('figure');
  const li = s.li - 100;
  const remove =
    (!inFigure && s.img > 1 && s.p / s.img < 0.5) ||
    (!isList && li > s.p) ||
    s.input > Math.floor(s.p / 3) ||
    (!isList && !inFigure && headingDensity < 0.9 && s.text < 25 && (s.img === 0 || s.img > 2) && density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (s.embeds === 1 && s.text < 75) ||
    s.embeds > 1 ||
    (s.img === 0 && textDensity === 0);
  // Beyond Readability: a list that is all links (related stories, "read more") is not the story.
  if (isList && s.li >= 2 && density > 0.8) return true;
  if (remove && isList) {
    // a simple list of images stays
    for (const child of Array.from(el.children)) if (child.children.length > 1) return true;
    return s.img !== s.li;
  }
  return remove;
}

/** The counts of one subtree, leaving out what was rejected (a sibling of the story that was not scored). */
function countsOf(el: Element, skipped: Set<Element>, forms: ReadonlySet<Node>): Stats {
  const steps = postOrder(el, forms, { reject: (e) => skipped.has(e), exit: () => undefined });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

interface Visitor {
  /** True: leave the element's subtree out (it counts as nothing). */
  reject(el: Element): boolean;
  /** Called on leaving an element with its counts and its loose text runs; true: count it as removed. */
  exit(el: Element, stats: Stats, runs: { text: number; commas: number }[]): boolean | undefined;
}

interface Frame {
  el: Element;
  s: Stats;
  runs: { text: number; commas: number }[];
  run: { text: number; commas: number } | undefined;
}

/** Visits `root`'s subtree depth first, summing counts from the leaves up; a form's links are read past its named controls. */
function* postOrder(root: Element, forms: ReadonlySet<Node>, v: Visitor): Generator<void, Stats> {
  const stack: Frame[] = [{ el: root, s: emptyStats(), runs: [], run: undefined }];
  let node: Node | null = forms.has(root) ? firstChildOf(root) : root.firstChild;
  let visited = 0;
  for (;;) {
    if (++visited % NODES_PER_YIELD === 0) yield;
    const frame = stack[stack.length - 1]!;
    if (node) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const length = data.trim().length;
        if (length) {
          const commas = countCommas(data);
          frame.s.text += length;
          frame.s.commas += commas;
          frame.run ??= { text: 0, commas: 0 };
          frame.run.text += length;
          frame.run.commas += commas;
        }
        node = node.nextSibling;
        continue;
      }
      if (node.nodeType !== 1) {
        node = node.nextSibling;
        continue;
      }
      const el = node as Element;
      if (v.reject(el)) {
        countLeftOut(el, frame.s);
        node = forms.has(el) ? nextSiblingOf(el) : el.nextSibling;
        continue;
      }
      stack.push({ el, s: emptyStats(), runs: [], run: undefined });
      node = forms.has(el) ? firstChildOf(el) : el.firstChild;
      continue;
    }
    // leaving frame.el
    stack.pop();
    const { el, s } = frame;
    if (frame.run) frame.runs.push(frame.run);
    const removed = v.exit(el, s, frame.runs) === true;
    const up = stack[stack.length - 1];
    if (!up) return s;
    if (!removed) addChild(up, el, s);
    else if (up.run) {
      up.runs.push(up.run);
      up.run = undefined;
    }
    node = forms.has(el) ? nextSiblingOf(el) : el.nextSibling;
  }
}

/** What a left-out element still counts for: inputs, embeds and videos (Readability keeps them until cleaning). */
function countLeftOut(el: Element, into: Stats): void {
  const tag = el.localName;
  if (tag === 'input') into.input++;
  else if (tag === 'img') into.img++;
  else if (tag === 'object' || tag === 'embed' || tag === 'iframe') {
    into.embeds++;
    // where an embed names what it plays (Readability tests every attribute: listing them cost 2-3 ms on
    // pages with thirty ad frames)
    for (const name of VIDEO_SOURCES) if (VIDEOS.test(el.getAttribute(name) ?? '')) into.video = true;
  }
}

function addChild(up: Frame, el: Element, s: Stats): void {
  const tag = el.localName;
  const into = up.s;
  into.text += s.text;
  into.commas += s.commas;
  if (tag === 'a') {
    const href = el.getAttribute('href');
    into.link += s.text * (href && href.length > 1 && href[0] === '#' ? 0.3 : 1);
  } else into.link += s.link;
  into.p += s.p + (tag === 'p' ? 1 : 0);
  into.img += s.img + (tag === 'img' ? 1 : 0);
  into.li += s.li + (tag === 'li' ? 1 : 0);
  into.input += s.input;
  into.embeds += s.embeds;
  into.video ||= s.video;
  into.heading += HEADINGS.has(tag) ? s.text : s.heading;
  into.textish += TEXTISH.has(tag) ? s.text : s.textish;
  into.list += tag === 'ul' || tag === 'ol' ? s.text : s.list;
  into.block ||= s.block || BLOCKS.has(tag);
  into.dataTable ||= s.dataTable || (tag === 'table' && isDataTable(el));
  // loose phrasing content continues a paragraph run of the parent; anything else ends it
  if (PHRASING.has(tag) && !s.block) {
    up.run ??= { text: 0, commas: 0 };
    up.run.text += s.text;
    up.run.commas += s.commas;
  } else if (up.run) {
    up.runs.push(up.run);
    up.run = undefined;
  }
}

function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.link / s.text : 0;
}

function countCommas(data: string): number {
  let n = 0;
  for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) n++;
  for (let i = data.indexOf('\uFF0C'); i >= 0; i = data.indexOf('\uFF0C', i + 1)) n++;
  for (let i = data.indexOf('\u060C'); i >= 0; i = data.indexOf('\u060C', i + 1)) n++;
  return n;
}

function matchString(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

function weightOf(el: Element): number {
  let w = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  const id = el.id;
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Hidden by its own attributes (the page's CSS is checked while reading, where a style lookup is worth it). */
function probablyVisible(el: Element): boolean {
  const style = el.getAttribute('style');
  return !style || !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isByline(el: Element, match: string): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (!(el.getAttribute('rel') === 'author' || itemprop?.includes('author') || BYLINE.test(match))) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}

function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  const caption = table.getElementsByTagName('caption')[0];
  if (caption?.childNodes.length) return true;
  for (const tag of ['col', 'colgroup', 'tfoot', 'thead', 'th']) if (table.getElementsByTagName(tag)[0]) return true;
  if (table.getElementsByTagName('table')[0]) return false;
  const rows = table.getElementsByTagName('tr');
  let columns = 0;
  for (const row of Array.from(rows)) {
    let n = 0;
    for (const cell of Array.from(row.children)) n += Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1;
    columns = Math.max(columns, n);
  }
  if (columns === 1 || rows.length === 1) return false;
  if (rows.length >= 10 || columns > 4) return true;
  return rows.length * columns > 10;
}

function insideDataTable(el: Element): boolean {
  for (let t = el.parentElement?.closest('table'); t; t = t.parentElement?.closest('table')) if (isDataTable(t)) return true;
  return false;
}

/**
 * The headline joins the story when it sits before it: the first `h1`/`h2` outside the regions whose words
 * are mostly the page's title (`og:title`, else `<title>`).
 */
function withHeadline(doc: Document, article: Article): Article {
  const first = article.roots[0];
  if (!first) return article;
  const title = pageTitle(doc);
  if (!title) return article;
  for (const h of queryAll(doc, 'body h1, body h2').slice(0, 20)) {
    if (article.roots.some((r) => r.contains(h))) return article;
    if (!(first.compareDocumentPosition(h) & 2 /* PRECEDING */)) return article;
    if (isExcluded(h) || h.closest('[hidden], [aria-hidden="true"]')) continue;
    if (similarity(title, h.textContent ?? '') > 0.75) return { ...article, roots: [h, ...article.roots] };
  }
  return article;
}

function pageTitle(doc: Document): string {
  const og = queryAll(doc, 'meta[property="og:title"], meta[name="twitter:title"]')[0]?.getAttribute('content');
  return (og || (protoGet<string>(doc, 'title') ?? '')).trim();
}

/** Readability's _textSimilarity: the share of `b`'s words (by length) that are in `a`. */
export function similarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/u).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/u).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const known = new Set(ta);
  const unique = tb.filter((t) => !known.has(t));
  return 1 - unique.join(' ').length / tb.join(' ').length;
}

/** The first region: where the page's date and similar hints are looked for. */
export function chooseRoot(doc: Document): Element {
  return findArticle(doc).main;
}
