/**
 * Finding the story on shapes that real news pages have (written in our own words; the real pages are
 * measured by `npm run quality:pages`): which regions are read, and what inside them is left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleSteps, chooseRoot, findArticle, similarity } from '../../../src/page/article';
import { extractText } from '../../../src/page/extract';

function page(html: string, title = ''): Document {
  document.head.innerHTML = title ? `<title>${title}</title>` : '';
  document.body.innerHTML = html;
  return document;
}

/** What the content script reads, blocks on lines of their own. */
const read = (doc: Document) => extractText(doc, { checkVisibility: false }).text.split('\u2029');

const para = (topic: string, n = 3) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The ${topic} council met again on day ${i + 1}, and members argued about roads, schools, water and the budget, ` +
      `which has grown each year since the port reopened, while residents waited outside for news of the vote.</p>`,
  ).join('');

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('findArticle on the shapes of real news pages', () => {
  it('leaves out an advertisement label and an empty ad slot inside the story', () => {
    const doc = page(
      `<article>${para('harbour', 2)}<div class="slot"><span>Advertisement</span></div>` +
        `<div class="slot"><script>window.ad = "Advertisement";</script></div>${para('river', 2)}</article>`,
    );
    const text = read(doc);
    expect(text).not.toContain('Advertisement');
    expect(text.join(' ')).toContain('river council met again on day 2');
  });

  it('keeps a video embedded in the story with its caption, and drops another embed with its line', () => {
    const embed = (src: string, caption: string) => `<div class="clip"><iframe src="${src}" title="x"></iframe><p>${caption}</p></div>`;
    const doc = page(
      `<article>${para('harbour', 2)}${embed('https://www.youtube-nocookie.com/embed/abc', 'The ferry leaving at dawn.')}` +
        `${para('valley', 2)}${embed('https://ads.example/frame', 'Sponsored by a bank.')}${para('river', 2)}</article>`,
    );
    const text = read(doc).join(' ');
    expect(text).toContain('The ferry leaving at dawn.');
    expect(text).not.toContain('Sponsored by a bank.');
    expect(text).toContain('river council met again on day 2');
  });

  it('reads the story, not the menus, when the page has no article or main element', () => {
    const doc = page(
      `<div class="top"><ul class="menu-list"><li><a href="/world">World</a></li><li><a href="/us">US &amp; Canada</a></li></ul></div>` +
        `<div class="wrap"><div class="story-body">${para('harbour', 5)}</div>` +
        `<div class="links"><ul><li><a href="/a">Top story one</a></li><li><a href="/b">Top story two</a></li></ul></div></div>`,
    );
    const text = read(doc);
    expect(text.join(' ')).toContain('harbour council met again on day 5');
    expect(text.join(' ')).not.toContain('US & Canada');
    expect(text.join(' ')).not.toContain('Top story');
  });

  it('takes the story among dozens of teaser articles in one container', () => {
    const teasers = Array.from(
      { length: 30 },
      (_, i) => `<article class="teaser"><h3><a href="/t${i}">Teaser headline number ${i}</a></h3><p><a href="/t${i}">A line about teaser ${i}.</a></p></article>`,
    ).join('');
    const doc = page(`<main><article class="story">${para('valley', 6)}</article>${teasers}</main>`);
    const text = read(doc).join(' ');
    expect(text).toContain('valley council met again on day 6');
    expect(text).not.toContain('Teaser headline');
  });

  it('leaves out the share bar and the comments inside the story article', () => {
    const doc = page(
      `<article><div class="share-tools"><a href="#">Share on a social site</a><a href="#">Email</a></div>${para('river', 4)}` +
        `<section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p>I live by the river and nobody asked us, ` +
        `which is typical of this council and its friends in the city, said a reader called Pat.</p></div></section></article>`,
    );
    const text = read(doc).join(' ');
    expect(text).toContain('river council met again on day 4');
    expect(text).not.toContain('Share on');
    expect(text).not.toContain('nobody asked us');
  });

  it('reads a story whose lines are split by <br> rather than paragraphs, not the newsletter form beside it', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `Line ${i} of the report says the mayor, the port and the unions agreed a deal on wages, hours and pensions.`).join('<br><br>');
    const doc = page(
      `<div class="content"><div class="text">${lines}</div></div>` +
        `<div class="newsletter"><form><p>Sign up for our morning email, with the day's top stories, delivered free.</p><input type="email"><button>Sign up</button></form></div>`,
    );
    const text = read(doc).join(' ');
    expect(text).toContain('Line 7 of the report');
    expect(text).not.toContain('Sign up');
  });

  it('reads every sibling block of a story that is split into several containers', () => {
    const doc = page(
      `<div class="post"><div class="post__content">${para('lake', 4)}</div><figure><img src="x.png"><figcaption>A view of the lake.</figcaption></figure>` +
        `<div class="post__content">${para('forest', 4)}</div><div class="post__content">${para('island', 4)}</div></div>`,
    );
    const text = read(doc).join(' ');
    for (const topic of ['lake', 'forest', 'island']) expect(text).toContain(`${topic} council met again on day 4`);
  });

  it('reads the headline that sits before the story container first, and leaves out a short byline', () => {
    const doc = page(
      `<div class="head"><h1>Council argues over the harbour budget</h1><div class="byline">By Sam Writer</div></div>` +
        `<div class="body">${para('harbour', 4)}</div>`,
      'Council argues over the harbour budget | The Daily Example',
    );
    const text = read(doc);
    expect(text[0]).toBe('Council argues over the harbour budget');
    expect(text.join(' ')).not.toContain('Sam Writer');
  });

  it('leaves out a list of related links inside the story', () => {
    const doc = page(
      `<article>${para('bridge', 2)}<div class="inline-links"><ul><li><a href="/1">Read more: the old bridge</a></li><li><a href="/2">Read more: the new road</a></li></ul></div>${para('tunnel', 2)}</article>`,
    );
    const text = read(doc).join(' ');
    expect(text).toContain('tunnel council met again on day 2');
    expect(text).not.toContain('Read more');
  });

  it('keeps a data table of the story', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `<tr><td>Ward ${i}</td><td>${i * 10}</td><td>${i * 3}</td></tr>`).join('');
    const doc = page(`<article>${para('ward', 3)}<table><thead><tr><th>Ward</th><th>Votes</th><th>Seats</th></tr></thead>${rows}</table></article>`);
    expect(read(doc).join(' ')).toContain('Ward 9');
  });

  it('falls back to the body on a page with too little text to score', () => {
    const doc = page('<div>Just a few words</div>');
    expect(findArticle(doc).roots).toEqual([document.body]);
    expect(chooseRoot(doc)).toBe(document.body);
  });

  it('is not fooled by a clobbered document.body', () => {
    const doc = page(`<form name="body"><input></form><div id="text">${para('clobber', 3)}</div>`);
    expect(chooseRoot(doc).id).toBe('text');
  });

  it('measures title similarity as Readability does', () => {
    expect(similarity('Council argues over the harbour budget | Daily', 'Council argues over the harbour budget')).toBe(1);
    expect(similarity('Council argues', 'Weather today')).toBe(0);
  });
});

describe('articleSteps with enough: the top of a page still loading', () => {
  /** Steps a scoring takes (it yields every few hundred nodes) and what it found. */
  const steps = (doc: Document, opts?: { enough?: number }) => {
    const walk = articleSteps(doc, opts);
    for (let n = 1; ; n++) {
      const step = walk.next();
      if (step.done) return { n, article: step.value };
    }
  };
  // a page whose story has not arrived: a long menu of links and a short first paragraph
  const menu = `<div class="links">${Array.from({ length: 400 }, (_, i) => `<span><a href="/s/${i}">Section ${i}</a></span>`).join('')}</div>`;

  it('scores a page once, and finds no story when it holds less than enough', () => {
    const doc = page(`${menu}<div><p>The harbour board of Portmere met on Monday.</p></div>`);
    const whole = steps(doc);
    const top = steps(doc, { enough: 4_000 });
    expect(top.article.roots).toEqual([]);
    // without `enough`, a story under Readability's 500 characters has the page scored four times
    expect(whole.n).toBeGreaterThanOrEqual(top.n * 3);
  });

  it('finds the same story as a whole read when there is enough of it', () => {
    const doc = page(`${menu}<article><h1>Council vote</h1>${para('harbour', 30)}</article>`, 'Council vote');
    const top = steps(doc, { enough: 4_000 }).article;
    expect(top.roots.length).toBeGreaterThan(0);
    expect(top.roots).toEqual(findArticle(doc).roots);
  });
});
