import { useEffect, useState } from 'preact/hooks';
import { Card } from '../card/card';
import type { CardLinks } from '../card/links';
import type { CardModel } from '../card/view-model';
import type { EntityType } from '../factbase/schema';
import { ArchivePageLink } from './archive-link';

export interface SearchProps {
  search: (query: string) => Promise<{ id: string; name: string; type: EntityType }[]>;
  /** The card of an archive entity. */
  card: (id: string) => Promise<CardModel | undefined>;
  /** Links to the archive pages: each result's page, and the card's own links. */
  links?: CardLinks;
}

/** A search box over the archive: type a name, pick it, read its card right here. */
export function ArchiveSearch({ search, card, links }: SearchProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ id: string; name: string; type: EntityType }[]>([]);
  const [model, setModel] = useState<CardModel | undefined>();
  useEffect(() => {
    let stale = false;
    if (query.trim().length < 2) setResults([]);
    else search(query).then((r) => !stale && setResults(r), () => !stale && setResults([]));
    return () => {
      stale = true;
    };
  }, [query, search]);
  const open = (id: string) => card(id).then(setModel, () => setModel(undefined));
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">Search the archive</h2>
      <input
        type="search"
        data-testid="search"
        aria-label="A name in the archive"
        placeholder="A name…"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {results.length > 0 && (
        <ul data-testid="search-results">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" class="link" onClick={() => void open(r.id)}>
                <bdi>{r.name}</bdi>
              </button>
              {links && (
                <>
                  {' '}
                  <ArchivePageLink href={links.entity(r.id)} links={links} label={`${r.name}: page in the archive`}>
                    page ↗
                  </ArchivePageLink>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {model && <Card model={model} onRelated={(id) => void open(id)} onClose={() => setModel(undefined)} {...(links ? { links } : {})} />}
    </section>
  );
}
