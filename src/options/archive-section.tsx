import { useEffect, useState } from 'preact/hooks';
import type { SavedArticle } from '../library/record';
import { exportArchive, planImport, type ImportFile, type ImportPlan } from '../library/transfer';
import type { LibraryAnswer, LibraryArticle, LibraryListing } from '../messaging/protocol';

/** The options page's "Archive" section: its data sources, so it renders the same in tests and in the browser. */
export interface ArchiveSectionProps {
  list: () => Promise<LibraryListing | { error: string }>;
  remove: (id: string) => Promise<LibraryAnswer>;
  clear: () => Promise<LibraryAnswer>;
  setMarkOnPages: (on: boolean) => Promise<LibraryAnswer>;
  importArticles: (articles: SavedArticle[]) => Promise<LibraryAnswer>;
  exportArticles: () => Promise<SavedArticle[]>;
  /** navigator.storage.estimate(). */
  estimate: () => Promise<{ usage?: number; quota?: number }>;
  /** Saves bytes as a file the reader downloads. */
  download: (bytes: Uint8Array, name: string) => void;
  now: () => number;
}

const mb = (bytes: number): string => (bytes >= 1024 * 1024 * 1024 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const titleOf = (a: LibraryArticle): string => a.headline ?? a.file;

/** Reads chosen files (a folder, a zip, single files), reporting progress. */
async function readFiles(files: readonly File[], progress: (done: number) => void): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const f of files) {
    out.push({ path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    progress(out.length);
  }
  return out;
}

/** The reader's own archive: its articles, storage, the marking option, import, export, delete and clear. */
export function ArchiveSection(props: ArchiveSectionProps) {
  const [listing, setListing] = useState<LibraryListing | undefined>();
  const [storage, setStorage] = useState<{ usage?: number; quota?: number } | undefined>();
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | undefined>();
  const [query, setQuery] = useState('');
  const [plan, setPlan] = useState<ImportPlan | undefined>();
  const [progress, setProgress] = useState<string | undefined>();
  const [confirmClear, setConfirmClear] = useState(false);

  const refresh = () => {
    props.list().then(
      (l) => ('error' in l ? setNotice({ text: `Your archive could not be read: ${l.error}`, alert: true }) : setListing(l)),
      (e: unknown) => setNotice({ text: `Your archive could not be read: ${String(e)}`, alert: true }),
    );
    props.estimate().then(setStorage, () => setStorage(undefined));
  };
  useEffect(refresh, []); // once, on opening

  /** Shows the answer; a refused write (quota) says nothing was saved, and the list shows what is stored. */
  const after = (done: string) => (answer: LibraryAnswer) => {
    setNotice(answer.ok ? { text: done, alert: false } : { text: answer.error, alert: true });
    refresh();
  };
  const onChoose = async (files: FileList | null) => {
    if (!files?.length || !listing) return;
    const chosen = [...files];
    setPlan(undefined);
    setProgress(`Reading 0 of ${chosen.length} files…`);
    const read = await readFiles(chosen, (n) => setProgress(`Reading ${n} of ${chosen.length} files…`));
    setProgress(undefined);
    setPlan(planImport(read, new Set(listing.taken), props.now()));
  };
  const onImport = () => {
    if (!plan?.articles.length) return;
    const count = plan.articles.length;
    setProgress(`Importing and building ${count} ${count === 1 ? 'article' : 'articles'}…`);
    setPlan(undefined);
    props.importArticles(plan.articles).then(after(`Imported ${count} ${count === 1 ? 'article' : 'articles'}.`), (e: unknown) => setNotice({ text: String(e), alert: true })).finally(() => setProgress(undefined));
  };
  const onExport = async () => {
    const articles = await props.exportArticles();
    props.download(exportArchive(articles), 'news-context-archive.zip');
  };

  const q = query.trim().toLowerCase();
  const shown = listing?.articles.filter((a) => !q || `${titleOf(a)} ${a.site ?? ''} ${a.dateline} ${a.date}`.toLowerCase().includes(q)) ?? [];
  return (
    <section aria-labelledby="archive" data-testid="archive-section">
      <h2 id="archive">Archive</h2>
      <p>
        Your own archive: articles you add from the toolbar popup or import here are kept in this browser only and
        join the bundled archive for cards. Nothing is sent anywhere.
      </p>
      {notice && (
        <p class="notice" role={notice.alert ? 'alert' : 'status'} data-testid="archive-notice">
          {notice.text}
        </p>
      )}
      {storage?.usage !== undefined && storage.quota !== undefined && (
        <p data-testid="archive-storage">
          Storage used: {mb(storage.usage)} of {mb(storage.quota)} the browser allows this extension.
        </p>
      )}
      {listing && (
        <>
          <label>
            <input
              type="checkbox"
              data-testid="mark-on-pages"
              checked={listing.markOnPages}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void props.setMarkOnPages(on).then(after(on ? 'Names from your archive are now marked on web pages.' : 'Names known only from your archive are no longer marked on web pages.'));
              }}
            />{' '}
            Mark names known only from my archive on web pages
          </label>
          <p class="muted">
            Off by default: a web page's own scripts can read what is marked on it, so a marked name would tell the
            page what you saved. Off, those names are listed in the toolbar popup instead.
          </p>
          <p data-testid="archive-count">
            {listing.articles.length} {listing.articles.length === 1 ? 'article' : 'articles'} of yours; {listing.readerOnly} of the archive's{' '}
            {listing.entities} names and events are known only from them.
          </p>
          {listing.articles.length > 0 && (
            <label>
              Search your articles <input type="search" data-testid="archive-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
          )}
          <ul data-testid="archive-articles">
            {shown.map((a) => (
              <li key={a.id}>
                <cite class="cite">{titleOf(a)}</cite> <span class="muted">{[a.site, a.date, a.dateline].filter(Boolean).join(' · ')}</span>{' '}
                · {a.namesAdded} {a.namesAdded === 1 ? 'name' : 'names'} added{' '}
                <button type="button" aria-label={`Delete ${titleOf(a)}`} onClick={() => void props.remove(a.id).then(after(`Deleted “${titleOf(a)}”.`))}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
          {listing.articles.length > 0 &&
            (confirmClear ? (
              <fieldset class="confirm">
                <legend class="visually-hidden">Confirm clearing your archive</legend>
                Delete all {listing.articles.length} articles of yours? This cannot be undone (export them first to keep a copy).{' '}
                <button type="button" data-testid="archive-clear-confirm" onClick={() => { setConfirmClear(false); void props.clear().then(after('Your archive is empty.')); }}>
                  Delete all
                </button>{' '}
                <button type="button" onClick={() => setConfirmClear(false)}>
                  Cancel
                </button>
              </fieldset>
            ) : (
              <button type="button" data-testid="archive-clear" onClick={() => setConfirmClear(true)}>
                Clear my archive…
              </button>
            ))}
        </>
      )}
      <h3>Import and export</h3>
      {/* the choice needs the list of what is stored (duplicates): until it is read, choosing is not offered */}
      <label>
        Import a folder of articles (seeds format: <code>date YYYY-MM-DD DATELINE: …</code> text files, or an export){' '}
        <input type="file" data-testid="archive-import-folder" {...{ webkitdirectory: '' }} multiple disabled={!listing} onChange={(e) => void onChoose((e.currentTarget as HTMLInputElement).files)} />
      </label>
      <label>
        Or choose files (text files or an exported zip){' '}
        <input type="file" data-testid="archive-import-files" accept=".txt,.zip,.json,text/plain,application/zip" multiple disabled={!listing} onChange={(e) => void onChoose((e.currentTarget as HTMLInputElement).files)} />
      </label>
      {progress && (
        <p role="status" data-testid="archive-progress">
          {progress}
        </p>
      )}
      {plan && (
        <div data-testid="archive-plan">
          {plan.problems.length > 0 && (
            <>
              <p role="alert">
                {plan.problems.length} {plan.problems.length === 1 ? 'file has a problem and is' : 'files have problems and are'} left out:
              </p>
              <ul data-testid="archive-problems">
                {plan.problems.map((p) => (
                  <li key={p.message}>
                    <code>{p.message}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {plan.articles.length > 0 ? (
            <p>
              {plan.articles.length} {plan.articles.length === 1 ? 'article is' : 'articles are'} ready to import.{' '}
              <button type="button" data-testid="archive-import-confirm" onClick={onImport}>
                Import {plan.articles.length === 1 ? 'it' : `these ${plan.articles.length}`}
              </button>{' '}
              <button type="button" onClick={() => setPlan(undefined)}>
                Cancel
              </button>
            </p>
          ) : (
            <p>Nothing to import.</p>
          )}
        </div>
      )}
      <p>
        <button type="button" data-testid="archive-export" onClick={() => void onExport()}>
          Export my archive (zip)
        </button>{' '}
        <span class="muted">seeds-format text files plus archive.json; `npm run archive -- build` builds the folder as it stands.</span>
      </p>
    </section>
  );
}
