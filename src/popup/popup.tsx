import { useEffect, useState } from 'preact/hooks';
import type { ArchiveStats } from '../messaging/protocol';

export interface PopupProps {
  loadStats: () => Promise<ArchiveStats>;
}

/** The toolbar popup. Takes its data sources as props so it renders the same in tests and in the browser. */
export function Popup({ loadStats }: PopupProps) {
  const [stats, setStats] = useState<ArchiveStats | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    loadStats().then(setStats, (e: unknown) => setError(String(e)));
  }, [loadStats]);
  return (
    <main aria-labelledby="popup-title">
      <h1 id="popup-title">News Context</h1>
      {error && <p role="alert">Could not read the archive: {error}</p>}
      {!stats && !error && <p aria-live="polite">Reading the archive…</p>}
      {stats && (
        <p data-testid="archive-stats">
          Archive: {stats.articles} {stats.articles === 1 ? 'article' : 'articles'}, {stats.entities} names and events
          {stats.from && stats.to ? `, ${stats.from} to ${stats.to}` : ''}. 0 network requests.
        </p>
      )}
    </main>
  );
}
