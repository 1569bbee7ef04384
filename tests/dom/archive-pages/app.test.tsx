/** The archive pages in happy-dom: routing by hash, the entity, article and search pages, focus on navigation. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { archiveLinks } from '../../../src/archive-pages/links';
import { sentenceKey } from '../../../src/factbase/sentence-key';
import { ARTICLE, data, READER, readerData, S } from './fixture';

// The card keeps its closed root private; as in tests/dom/card/container.test.ts, the tests reach it by
// wrapping attachShadow before the card's module captures it.
const attachSpy = vi.spyOn(Element.prototype, 'attachShadow');
let ArchiveApp: typeof import('../../../src/archive-pages/app').ArchiveApp;
let HOST_TAG: string;
beforeAll(async () => {
  ({ ArchiveApp } = await import('../../../src/archive-pages/app'));
  ({ HOST_TAG } = await import('../../../src/card/container'));
  attachSpy.mockRestore();
});
const lastRoot = () => attachSpy.mock.results.at(-1)!.value as ShadowRoot;

const links = archiveLinks();

/** Navigates as a link or the back button does: a new hash and its hashchange event. */
async function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await waitFor(() => expect(location.hash).toBe(hash));
}

const heading = () => screen.getByRole('heading', { level: 1 });

beforeEach(() => {
  location.hash = '';
});
afterEach(() => {
  cleanup();
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
});

describe('archive pages', () => {
  it('open on the front page, with every article and name as a link', () => {
    render(<ArchiveApp data={data()} links={links} />);
    expect(heading().textContent).toBe('The archive');
    expect(screen.getByRole('link', { name: 'Ines Vale' }).getAttribute('href')).toBe('#/entity/ines-vale');
    expect(screen.getByRole('link', { name: 'Bridge reopens after repairs' }).getAttribute('href')).toBe(`#/article/${ARTICLE.second}`);
    expect(screen.getByRole('searchbox', { name: 'Search the archive' })).toBeTruthy();
  });

  it('show an entity page and move focus to its heading after navigation', async () => {
    render(<ArchiveApp data={data()} links={links} />);
    await go('#/entity/ines-vale');
    await waitFor(() => expect(heading().textContent).toBe('Ines Vale'));
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    expect(document.title).toBe('Ines Vale · News Context archive');
    for (const name of ['Roles', 'Timeline', 'Quotes', 'Related names', 'Events', 'Articles that mention it']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    const toSentence = screen.getAllByRole('link', { name: 'In the article' }).map((a) => a.getAttribute('href'));
    expect(toSentence).toContain(`#/article/${ARTICLE.first}/${sentenceKey(S.summit)}`);
    expect(screen.getByRole('link', { name: 'Porto Lindo ferry summit' }).getAttribute('href')).toBe('#/entity/porto-lindo-ferry-summit-2024');
  });

  it('show an article at a cited sentence, with its names marked and listed', async () => {
    location.hash = `#/article/${ARTICLE.first}/${sentenceKey(S.summit)}`;
    render(<ArchiveApp data={data()} links={links} />);
    expect(screen.getByTestId('article-meta').textContent).toBe('1 February 2024 · PORTO LINDO · 60 words');
    const cited = document.getElementById(sentenceKey(S.summit))!;
    expect(cited.textContent).toBe(S.summit);
    expect(cited.classList.contains('cited')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(cited));
    expect(screen.getByText(/Headline of another story/).parentElement!.textContent).toContain(S.stray);
    // the web's matcher found the names in the text: each is counted and can be shown
    const names = screen.getByTestId('article-names');
    await waitFor(() => expect(names.textContent).toContain('Ines Vale'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show Ines Vale in the text' })).toBeTruthy());
    expect(names.querySelector('li')!.textContent).toMatch(/×3/); // "Ines Vale" once, "Vale" twice
  });

  it("open a name's card from the list of names, with focus in it", async () => {
    // happy-dom lays nothing out: without a box the card takes its mention for gone and closes
    const box = vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(40, 40, 80, 18));
    onTestFinished(() => box.mockRestore());
    location.hash = `#/article/${ARTICLE.first}`;
    render(<ArchiveApp data={data()} links={links} />);
    const show = await screen.findByRole('button', { name: 'Show Harbour Board in the text' });
    show.focus();
    fireEvent.click(show);
    await waitFor(() => expect(document.querySelector(HOST_TAG)).toBeTruthy());
    const root = lastRoot();
    const card = root.activeElement!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.textContent).toContain('Harbour Board');
    // the card links into these pages, in this tab
    const open = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open in archive')!;
    expect(open.getAttribute('href')).toMatch(/archive\.html#\/entity\/harbour-board$/);
    // Esc closes it and gives focus back to the button
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(root.activeElement).toBeNull();
    expect(document.activeElement).toBe(show);
  });

  it('search names, short forms and facts from the header, with results as links', async () => {
    render(<ArchiveApp data={data()} links={links} />);
    const box = screen.getByRole('searchbox', { name: 'Search the archive' }) as HTMLInputElement;
    box.value = 'ferry';
    fireEvent.submit(box.form!);
    await waitFor(() => expect(heading().textContent).toBe('Search: “ferry”'));
    expect(location.hash).toBe('#/search?q=ferry');
    const facts = screen.getByTestId('fact-results');
    expect(facts.textContent).toContain(S.vote);
    expect(facts.querySelector('a')!.getAttribute('href')).toBe(`#/article/${ARTICLE.first}/${sentenceKey(S.vote)}`);
    expect(screen.getByTestId('name-results').textContent).toContain('Porto Lindo ferry summit');
    await go('#/search?q=zzzz');
    await waitFor(() => expect(screen.getByTestId('no-results')).toBeTruthy());
  });

  it('go back to the page before, and say so plainly for an address that names nothing', async () => {
    render(<ArchiveApp data={data()} links={links} />);
    await go('#/entity/porto-lindo');
    await waitFor(() => expect(heading().textContent).toBe('Porto Lindo'));
    await go(`#/article/${ARTICLE.second}`);
    await waitFor(() => expect(heading().textContent).toBe('Bridge reopens after repairs'));
    await go('#/entity/porto-lindo'); // what the back button does to the hash
    await waitFor(() => expect(heading().textContent).toBe('Porto Lindo'));
    await go('#/entity/nobody-here');
    await waitFor(() => expect(heading().textContent).toBe('Not in the archive'));
  });

  it("list the reader's own articles apart, and show one with its mark, its text and a link to where it was read", async () => {
    render(<ArchiveApp data={readerData()} links={links} />);
    const yours = screen.getByRole('heading', { level: 2, name: 'Your archive' });
    const list = screen.getByTestId('your-articles');
    expect(yours.parentElement!.contains(list)).toBe(true);
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `${READER.headline} · 5 April 2024 · PORTO LINDO · news.example`,
      'A quiet winter on the coast. · 10 January 2024 · ELSBY',
    ]);
    expect(screen.getByText(/4 articles \(2 of them yours\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: READER.headline }));
    await go(`#/article/${READER.strike}`);
    await waitFor(() => expect(heading().textContent).toBe(READER.headline));
    expect(document.querySelector('.kicker')!.textContent).toBe('From your archive');
    expect(document.getElementById(sentenceKey(S.strike))!.textContent).toBe(S.strike);
    const original = screen.getByRole('link', { name: 'Original' });
    expect(original.getAttribute('href')).toBe(READER.url);
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noreferrer noopener');
    expect(screen.getByTestId('article-source').textContent).toBe('You saved it from news.example · Original');
    // its names are marked and listed, the reader's own among them
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show Tova Sund in the text' })).toBeTruthy());
  });

  it('show the page of a name only the reader knows, and find it and their article from the search box', async () => {
    render(<ArchiveApp data={readerData()} links={links} />);
    await go('#/entity/tova-sund');
    await waitFor(() => expect(heading().textContent).toBe('Tova Sund'));
    expect(screen.getByTestId('entity-mine').textContent).toBe('From your archive: only your own articles name it.');
    expect(screen.getAllByRole('link', { name: READER.headline })[0]!.getAttribute('href')).toBe(`#/article/${READER.strike}`);

    const box = screen.getByRole('searchbox', { name: 'Search the archive' }) as HTMLInputElement;
    box.value = 'sund';
    fireEvent.submit(box.form!);
    await waitFor(() => expect(heading().textContent).toBe('Search: “sund”'));
    expect(screen.getByTestId('name-results').textContent).toContain('Tova Sund');
    await go('#/search?q=crews%20walk');
    await waitFor(() => expect(screen.getByTestId('article-results').textContent).toContain(`${READER.headline} · 5 April 2024 · PORTO LINDO · news.example · from your archive`));
  });

  it('know nothing of the reader\'s archive with the bundled data alone', async () => {
    render(<ArchiveApp data={data()} links={links} />);
    expect(screen.queryByTestId('your-articles')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Articles' })).toBeTruthy();
    await go('#/entity/tova-sund');
    await waitFor(() => expect(heading().textContent).toBe('Not in the archive'));
  });
});

