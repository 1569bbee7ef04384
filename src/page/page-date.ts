import { chooseRoot } from './article';
import { queryAll } from './safe-dom';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** JSON-LD blocks above this size are skipped: a date never needs parsing megabytes. */
const MAX_JSON_LD = 500_000;

/** Meta tags holding the publication date, by priority; names compared in lower case. */
const META_TIERS: ReadonlyArray<(attr: string, value: string) => boolean> = [
  (attr, value) => attr === 'property' && value === 'article:published_time',
  (attr, value) =>
    (attr === 'name' && ['date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued'].includes(value)) ||
    (attr === 'itemprop' && value === 'datepublished'),
];

/**
 * The page's publication date as YYYY-MM-DD, used to tell which event a name means
 * ("OECS" in a 2024 story is not the 2023 summit). Sources, first valid one wins:
 * `article:published_time`, `<meta name=date|pubdate|publish-date|dc.date|DC.date.issued>`,
 * JSON-LD `datePublished`, the first `<time datetime>` in the article, then the URL's path
 * (`/2023/11/09/`, `/2023-11-09/`, `/20231109/`). Dates are validated (real calendar day,
 * years 1990-2100); the date as written is kept, not shifted to the reader's time zone.
 */
export function pageDate(doc: Document, url: string, root?: Element): string | undefined {
  // Matched in script, not with `[name="date" i]`: DOM emulations (the annotate CLI) lack the `i` flag.
  const metas = queryAll(doc, 'meta[content]');
  for (const tier of META_TIERS) {
    for (const meta of metas) {
      const hit = ['property', 'name', 'itemprop'].some((a) => tier(a, meta.getAttribute(a)?.toLowerCase() ?? ''));
      const d = hit ? parseDate(meta.getAttribute('content')) : undefined;
      if (d) return d;
    }
  }
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = (root ?? chooseRoot(doc)).querySelector('time[datetime]');
  return parseDate(time?.getAttribute('datetime')) ?? urlDate(url);
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of queryAll(doc, 'script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // pages ship broken JSON-LD; it is theirs to fix
    }
    const d = findDatePublished(data, 0);
    if (d) return d;
  }
  return undefined;
}

/** Looks at the value, arrays and `@graph` only, a few levels deep: where publishers put it. */
function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const obj = item as Record<string, unknown>;
    const raw = obj.datePublished;
    const d = parseDate(typeof raw === 'string' ? raw : Array.isArray(raw) ? raw[0] : undefined);
    if (d) return d;
    const nested = Array.isArray(item) ? item : obj['@graph'];
    const inner = findDatePublished(nested, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The date in the URL's path, when it has one between separators. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const patterns = [
    /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/,
    /(?:^|[/_.-])(\d{4})-(\d{2})-(\d{2})(?=[/_.-]|$)/,
    /(?:^|[/_.-])(\d{4})(\d{2})(\d{2})(?=[/_.-]|$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    const d = m && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  return undefined;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * A YYYY-MM-DD for an ISO-like date (`2023-11-09T10:00:00+08:00`, `2023/11/09`, `20231109`)
 * or a written one (`Thu, 09 Nov 2023 10:00:00 GMT`, `November 9, 2023`). The date is read as
 * written, never shifted through a time zone. Anything else, or an impossible date: undefined.
 */
export function parseDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().slice(0, 100);
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]{3,9})\.?,? (\d{4})\b/i.exec(s);
  if (dayFirst) return validDate(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/i.exec(s);
  if (monthFirst) return validDate(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}

/** 1-12 for a month name or its abbreviation ("Nov", "Sept", "November"), else 0. */
function month(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
