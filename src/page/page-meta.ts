/**
 * The page's headline and byline from its metadata, for "Add this article" (read only when the popup asks,
 * never while marking). Sources, first non-empty wins: headline from `og:title`, JSON-LD `headline`, the
 * first `<h1>`, the document's title; byline from `<meta name=author>`, JSON-LD `author.name`,
 * `[rel=author]`. All clipped: a page may put anything there.
 */
import { queryAll } from './safe-dom';

const MAX_META = 300;
const MAX_JSON_LD = 500_000;

const clean = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, MAX_META) : undefined;
};

const meta = (doc: Document, test: (el: Element) => boolean): string | undefined =>
  clean(queryAll(doc, 'meta[content]').find(test)?.getAttribute('content'));

function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of queryAll(doc, 'script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    try {
      const data = JSON.parse(source) as unknown;
      const items = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown })?.['@graph'] as unknown[]) ?? [])];
      for (const item of items) if (item && typeof item === 'object') out.push(item as Record<string, unknown>);
    } catch {
      // broken JSON-LD is the page's to fix
    }
  }
  return out;
}

const authorName = (a: unknown): string | undefined => {
  const first = Array.isArray(a) ? a[0] : a;
  return typeof first === 'string' ? clean(first) : clean((first as { name?: string } | undefined)?.name);
};

export function pageMeta(doc: Document): { headline?: string; byline?: string } {
  const ld = jsonLd(doc);
  const headline =
    meta(doc, (m) => m.getAttribute('property')?.toLowerCase() === 'og:title') ??
    ld.map((x) => (typeof x.headline === 'string' ? clean(x.headline) : undefined)).find(Boolean) ??
    clean(queryAll(doc, 'h1')[0]?.textContent) ??
    clean(doc.title);
  const byline =
    meta(doc, (m) => m.getAttribute('name')?.toLowerCase() === 'author') ??
    ld.map((x) => authorName(x.author)).find(Boolean) ??
    clean(queryAll(doc, '[rel="author"]')[0]?.textContent);
  return { ...(headline ? { headline } : {}), ...(byline ? { byline } : {}) };
}
