import { useEffect, useState } from 'preact/hooks';
import { TYPE_NOUN } from '../card/labels';
import type { Responses } from '../messaging/protocol';

/**
 * The names of the page that only the reader's own archive knows. They are listed here, not marked on the
 * page (unless the reader allows it on the options page): a page's scripts can read what is marked.
 */
export function ReaderNames({ load }: { load: () => Promise<Responses['reader-names']> }) {
  const [found, setFound] = useState<Responses['reader-names'] | undefined>();
  useEffect(() => {
    load().then(setFound, () => setFound(undefined));
  }, [load]);
  if (!found?.names.length) return null;
  return (
    <section aria-labelledby="reader-names-title">
      <h3 id="reader-names-title">From your archive</h3>
      {!found.marked && <p class="muted">Not marked on the page, so its scripts cannot see them.</p>}
      <ul data-testid="reader-names">
        {found.names.slice(0, 30).map((n) => (
          <li key={n.id}>
            <bdi>{n.name}</bdi> <span>({TYPE_NOUN[n.type]})</span> <abbr title={`${n.count} mentions`}>×{n.count}</abbr>
          </li>
        ))}
      </ul>
    </section>
  );
}
