import { useEffect, useState } from 'preact/hooks';
import { TYPE_GROUP, TYPE_NOUN, TYPE_ORDER } from '../card/labels';
import type { ArchiveStats, Findings, Responses } from '../messaging/protocol';
import { AddArticle, type AddArticleProps } from './add-article';
import { ReaderNames } from './reader-names';
import type { ParsedSettings, Settings, SettingsError, SettingsProblem, SettingsStore } from '../settings';
import type { CardLinks } from '../card/links';
import { ArchivePageLink } from './archive-link';
import { ArchiveSearch, type SearchProps } from './search';
import { SettingsNotices } from './settings-notices';
import { Shortcuts, type Shortcut } from './shortcuts';
import { SiteSwitch } from './site-switch';

/** The settings as the popup sees them, and the page in the active tab. */
export interface PopupSite {
  url: () => Promise<string | undefined>;
  /**
   * Calls `cb` with the settings now and after every change from any context, with the problems found
   * reading them, until `signal` aborts. After a failed write it is called with the value still stored.
   */
  watch: (cb: (current: ParsedSettings) => void, signal: AbortSignal) => void;
  /** Apply a pure change and write it; resolves once written or failed (failures come through `onError`). */
  change: (change: (s: Settings) => Settings) => Promise<unknown>;
  /** Calls `cb` with every failed write and rules-dropped notice until `signal` aborts. */
  onError: (cb: (error: SettingsError) => void, signal: AbortSignal) => void;
}

/** The popup's view of the settings over a store (changes written at once), for the page at `url`. */
export function siteOverStore(store: SettingsStore, url: PopupSite['url']): PopupSite {
  return {
    url,
    watch: (cb, signal) => store.watch(cb, signal),
    change: async (change) => {
      await store.update(change);
      await store.flush();
    },
    onError: (cb, signal) => store.onError(cb, signal),
  };
}

export interface PopupProps {
  loadStats: () => Promise<ArchiveStats>;
  loadFindings: () => Promise<Findings>;
  /** Show an entity's first mention and its card in the page. */
  showEntity?: (id: string) => void;
  /** Search the archive and read a card in the popup. */
  archive?: SearchProps;
  /** The settings and the active tab's address, and a way to change the settings (absent in a bare popup). */
  site?: PopupSite;
  /** The keyboard shortcuts as the browser has them. */
  shortcuts?: () => Promise<Shortcut[]>;
  /** The archive pages: their front page and the links of search results and cards. */
  archivePages?: { home: string; links: CardLinks };
  /** "Add this article" to the reader's own archive. */
  addArticle?: AddArticleProps;
  /** The page's names that only the reader's own archive knows. */
  readerNames?: () => Promise<Responses['reader-names']>;
}

const TYPE_LABELS = TYPE_GROUP;
const TYPE_NAMES = TYPE_NOUN;
const TYPES = TYPE_ORDER;

/** The toolbar popup. Takes its data sources as props so it renders the same in tests and in the browser. */
export function Popup({ loadStats, loadFindings, site, showEntity, archive, shortcuts, archivePages, addArticle, readerNames }: PopupProps) {
  const [stats, setStats] = useState<ArchiveStats | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  // Problems stay shown once seen: the next write stores valid settings, but the reset already happened.
  const [problems, setProblems] = useState<readonly SettingsProblem[]>([]);
  const [writeError, setWriteError] = useState<SettingsError | undefined>();
  const [url, setUrl] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    if (!site) return;
    const controller = new AbortController();
    site.watch(({ settings, problems }) => {
      setSettings(settings);
      if (problems.length) setProblems(problems);
    }, controller.signal);
    site.onError(setWriteError, controller.signal);
    site.url().then(setUrl, () => setUrl(undefined));
    return () => controller.abort();
  }, [site]);
  const change = (c: (s: Settings) => Settings) => {
    if (!site) return;
    setWriteError(undefined); // a notice is about the last change; this one may succeed
    site.change(c).then(
      () => {
        // the page scans again (or stops) at once; ask what it found
        setTimeout(() => loadFindings().then(setFindings), 300);
      },
      (e: unknown) => setProblem(`The change could not be saved: ${String(e)}`),
    );
  };
  const [findings, setFindings] = useState<Findings | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    loadStats().then(setStats, (e: unknown) => setError(String(e)));
    let stop = false;
    // the page may still be scanning: ask again until it is done
    const poll = () =>
      loadFindings().then((f) => {
        if (stop) return;
        setFindings(f);
        if (f.status === 'scanning' || f.detecting) setTimeout(poll, 250);
      });
    void poll();
    return () => {
      stop = true;
    };
  }, [loadStats, loadFindings]);
  return (
    <main aria-labelledby="popup-title">
      <h1 id="popup-title">News Context</h1>
      {problem && <p role="alert">{problem}</p>}
      {site && <SettingsNotices problems={problems} error={writeError} />}
      {site && settings && <SiteSwitch url={url} settings={settings} onChange={change} />}
      {addArticle && <AddArticle {...addArticle} />}
      <section aria-labelledby="page-title" aria-live="polite">
        <h2 id="page-title">On this page</h2>
        <PageFindings findings={findings} {...(showEntity ? { showEntity } : {})} />
        {readerNames && findings && findings.status !== 'scanning' && <ReaderNames load={readerNames} />}
      </section>
      {archive && <ArchiveSearch {...archive} {...(archivePages ? { links: archivePages.links } : {})} />}
      {archivePages && (
        <p>
          <ArchivePageLink href={archivePages.home} links={archivePages.links} testId="open-archive">
            Open archive
          </ArchivePageLink>{' '}
          <span class="muted">(every name, article and fact, with search)</span>
        </p>
      )}
      {error && <p role="alert">Could not read the archive: {error}</p>}
      {stats && (
        <p data-testid="archive-stats">
          Archive: {stats.articles} {stats.articles === 1 ? 'article' : 'articles'}, {stats.entities} names and events
          {stats.from && stats.to ? `, ${stats.from} to ${stats.to}` : ''}. 0 network requests.
        </p>
      )}
      {shortcuts && <Shortcuts load={shortcuts} />}
    </main>
  );
}

function PageFindings({ findings, showEntity }: { findings: Findings | undefined; showEntity?: (id: string) => void }) {
  if (!findings || findings.status === 'scanning') return <p>Reading the page…</p>;
  if (findings.status === 'off') return <p data-testid="page-status">{findings.reason ?? 'Off for this page.'}</p>;
  return (
    <>
      {findings.status === 'unsupported' && (
        <p data-testid="page-status">Names are listed but not marked: {findings.reason}</p>
      )}
      {findings.entities.length === 0 ? (
        <p data-testid="page-status">Nothing from the archive on this page.</p>
      ) : (
        TYPES.filter((t) => findings.entities.some((e) => e.type === t)).map((t) => (
          <section key={t} aria-label={TYPE_LABELS[t]}>
            <h3>{TYPE_LABELS[t]}</h3>
            <ul data-testid={`found-${t}`}>
              {findings.entities
                .filter((e) => e.type === t)
                .map((e) => (
                  <li key={e.id}>
                    {showEntity ? (
                      <button type="button" class="link" onClick={() => showEntity(e.id)} aria-label={`Show ${e.name} in the page`}>
                        <bdi>{e.name}</bdi>
                      </button>
                    ) : (
                      <bdi>{e.name}</bdi>
                    )}{' '}
                    <abbr title={`${e.count} mentions`}>×{e.count}</abbr>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
      {findings.unknown.length > 0 && (
        <section aria-labelledby="unknown-title">
          <h3 id="unknown-title">Not in the archive</h3>
          <ul data-testid="not-in-archive">
            {findings.unknown.slice(0, 30).map((n) => (
              <li key={`${n.type}:${n.text}`}>
                <bdi>{n.text}</bdi> <span>({TYPE_NAMES[n.type]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {findings.detecting && findings.unknown.length === 0 && (
        <p class="muted" data-testid="detecting">
          Looking for names not in the archive…
        </p>
      )}
    </>
  );
}
