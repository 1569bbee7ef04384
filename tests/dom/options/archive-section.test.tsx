import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedArticle } from '../../../src/library/record';
import type { LibraryAnswer, LibraryListing } from '../../../src/messaging/protocol';
import { ArchiveSection, type ArchiveSectionProps } from '../../../src/options/archive-section';

afterEach(cleanup);

const ok: LibraryAnswer = { ok: true, ids: [], namesAdded: 0 };
const GOOD = 'date 2024-03-04 PORTMERE: Dockworkers walked out on Monday.\n';

function mount(over: Partial<ArchiveSectionProps> = {}) {
  let listing: LibraryListing = {
    articles: [
      { id: 'strike', file: 'strike.txt', date: '2024-03-04', dateline: 'PORTMERE', headline: 'Dock strike', site: 'news.example', url: 'https://news.example/s', savedAt: 2, namesAdded: 3, bytes: 100 },
      { id: 'library', file: 'library.txt', date: '2024-04-02', dateline: 'SARNBURG', savedAt: 1, namesAdded: 1, bytes: 90 },
    ],
    markOnPages: false,
    taken: ['strike', 'library', 'seed-1'],
    entities: 40,
    readerOnly: 4,
  };
  const props: ArchiveSectionProps = {
    list: vi.fn(async () => listing),
    remove: vi.fn(async (id: string) => {
      listing = { ...listing, articles: listing.articles.filter((a) => a.id !== id) };
      return ok;
    }),
    clear: vi.fn(async () => {
      listing = { ...listing, articles: [] };
      return ok;
    }),
    setMarkOnPages: vi.fn(async (on: boolean) => {
      listing = { ...listing, markOnPages: on };
      return ok;
    }),
    importArticles: vi.fn(async (a: SavedArticle[]) => ({ ok: true as const, ids: a.map((x) => x.id), namesAdded: 1 })),
    exportArticles: vi.fn(async () => [{ id: 'strike', file: 'strike.txt', text: GOOD, savedAt: 2 }]),
    estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
    download: vi.fn(),
    now: () => 99,
    ...over,
  };
  render(<ArchiveSection {...props} />);
  return props;
}

function choose(testId: string, files: File[]) {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const file = (text: string, name: string, relative?: string) => {
  const f = new File([text], name, { type: 'text/plain' });
  if (relative) Object.defineProperty(f, 'webkitRelativePath', { value: relative });
  return f;
};

describe('the Archive section', () => {
  it("lists the reader's articles with site, date and names added, and the storage used and allowed", async () => {
    mount();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Dock strike news\.example · 2024-03-04 · PORTMERE · 3 names added/),
      expect.stringMatching(/^library\.txt 2024-04-02 · SARNBURG · 1 name added/),
    ]);
    expect(screen.getByTestId('archive-storage').textContent).toBe('Storage used: 3.0 MB of 2.0 GB the browser allows this extension.');
    fireEvent.input(screen.getByTestId('archive-search'), { target: { value: 'sarnburg' } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  });

  it('deletes one, and clears all only after confirmation', async () => {
    const props = mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Dock strike' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(props.remove).toHaveBeenCalledWith('strike');
    fireEvent.click(screen.getByTestId('archive-clear'));
    expect(props.clear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('archive-clear-confirm'));
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(0));
    expect(props.clear).toHaveBeenCalledTimes(1);
  });

  it('imports a folder: problems by file and line, the good files only once confirmed', async () => {
    const props = mount();
    await screen.findAllByRole('listitem');
    choose('archive-import-folder', [
      file(GOOD, 'new.txt', 'mine/new.txt'),
      file('date 2024-13-01 PORTMERE: Bad month.\n', 'bad.txt', 'mine/bad.txt'),
      file(GOOD.replace('Monday', 'Tuesday'), 'strike.txt', 'mine/strike.txt'),
    ]);
    const problems = await screen.findByTestId('archive-problems');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'mine/bad.txt:1: invalid date 2024-13-01: there is no month 13',
      'mine/strike.txt: article id "strike" is already in your archive (or the bundled one): rename the file to import it',
    ]);
    expect(props.importArticles).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('archive-import-confirm'));
    await waitFor(() => expect(props.importArticles).toHaveBeenCalledTimes(1));
    expect(props.importArticles).toHaveBeenCalledWith([{ id: 'new', file: 'new.txt', text: GOOD, savedAt: 99 }]);
    expect((await screen.findByTestId('archive-notice')).textContent).toBe('Imported 1 article.');
  });

  it('shows a refused write as an alert (nothing saved)', async () => {
    mount({ importArticles: async () => ({ ok: false, error: 'The browser refused to store more. Nothing was saved.', quota: true }) });
    await screen.findAllByRole('listitem');
    choose('archive-import-files', [file(GOOD, 'new.txt')]);
    fireEvent.click(await screen.findByTestId('archive-import-confirm'));
    const notice = await screen.findByTestId('archive-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toMatch(/Nothing was saved/);
  });

  it('exports a zip of seeds files and archive.json, and switches marking on pages', async () => {
    const props = mount();
    fireEvent.click(await screen.findByTestId('archive-export'));
    await waitFor(() => expect(props.download).toHaveBeenCalledTimes(1));
    const [bytes, name] = (props.download as ReturnType<typeof vi.fn>).mock.calls[0]! as [Uint8Array, string];
    expect(name).toBe('news-context-archive.zip');
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(['news-context-archive/archive.json', 'news-context-archive/strike.txt']);
    fireEvent.click(screen.getByTestId('mark-on-pages'));
    await waitFor(() => expect((screen.getByTestId('mark-on-pages') as HTMLInputElement).checked).toBe(true));
    expect(props.setMarkOnPages).toHaveBeenCalledWith(true);
  });
});
