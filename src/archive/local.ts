/** What the extractor knows about one article's entities before they are linked across the archive. */
import type { EntityType } from '../factbase/schema';
import type { DateMention } from '../nlp/dates';
import { memoizeText } from '../nlp/memo';

export interface Span {
  start: number;
  end: number;
  /** Index of the sentence the span is in. */
  sentence: number;
}

export interface LocalEntity {
  key: string;
  type: EntityType;
  name: string;
  /** Other forms of the name used in this article, or implied by it (a person's surname). */
  aliases: Set<string>;
  roles: Role[];
  mentions: Span[];
  /** Events. */
  date?: DateMention;
  place?: LocalEntity;
  participants?: LocalEntity[];
  description?: string;
  /** A meeting named after its participants, whose name is rebuilt once they are known. */
  meetingNoun?: string;
  /** A contest described in words ("election", "semi-final"), and its ordinal ("second"), to tell editions apart. */
  contest?: string;
  ordinal?: string | undefined;
}

/** A role as one sentence states it: "UK trade envoy" = nationality "UK" + rest "trade envoy". */
export interface Role {
  text: string;
  sentence: number;
  nationality?: string;
  rest: string;
  /** The text says the role is over: "former envoy X", "X stepped down as envoy". */
  ended?: boolean;
  /** A relative ("his wife"): says little of who someone is, so any other role describes them first. */
  kin?: boolean;
  /** A relative's: where the names the pronoun may stand for start, nearest first ("Ana Lind, his wife X"). */
  relativeOf?: number[];
}

/** A role with where and when the archive states it (set when articles are linked). */
export interface DatedRole extends Role {
  article: string;
  date: string;
}

export interface LocalQuote {
  sentence: number;
  quote: string;
  speaker?: LocalEntity;
}

export interface ArticleExtraction {
  entities: LocalEntity[];
  sentences: { text: string; start: number; end: number }[];
  quotes: LocalQuote[];
  /** Sentence index → target years of the pledges it states. */
  pledges: Map<number, string[]>;
  /** Single capitalised words with no evidence here: short forms of names other articles may know. */
  pending: { word: string; mentions: Span[] }[];
}

/**
 * Case, accents ("José" = "Jose"), dots ("U.S." = "US"), quotes, dashes, "&" between words and "and", a hyphen between letters and spaces fold
 * together, a last "Junior" or "Senior" is written short ("Ana Lind Junior" = "Ana Lind Jr.") and a company's last "Ltd"
 * (or "Pvt Ltd") in full ("Tesk Pvt Ltd" = "Tesk Private Limited").
 */
export const normalizeName = memoizeText((name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    // "al-Rami" and "Al Rami", "Lund-Berg" and "Lund Berg": one name
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    // "Vel'apo" and "Vela'po", "O'Tesk" and "OTesk": an apostrophe inside a word is no letter of the name
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '')
    .replace(/\./g, '')
    // "Competition & Markets Authority" and "Competition and Markets Authority": one name
    .replace(/\s&\s/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(?<=\S) (jun|sen)ior$/, (_, k: string) => (k === 'jun' ? ' jr' : ' sr'))
    // "Tesk Pvt Ltd", "Tesk Private Limited": a company's legal form written short or in full
    .replace(/(?<=\S) (?:pvt|pte|private) (?:ltd|limited)$/, ' private limited')
    .replace(/(?<=\S) ltd$/, ' limited'),
);

/** The entity of `list` with that type and name (folded by normalizeName), made if missing, with `span` added. */
export function upsertNamed(list: LocalEntity[], type: EntityType, name: string, span: Span): LocalEntity {
  const key = `${type}:${normalizeName(name)}`;
  let e = list.find((x) => x.key === key);
  if (!e) {
    e = { key, type, name, aliases: new Set(), roles: [], mentions: [] };
    list.push(e);
  }
  e.mentions.push(span);
  return e;
}

const COMPANY_SUFFIX = /\s+(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|AG|SA|S\.A\.|plc|PLC|Co\.?|LLC|Group|Holdings|NV|N\.V\.|GmbH|SE)$/;

/** A company's shorter names, its legal form and "Group"/"Holdings" taken off one by one: "Kestrel Group AG" → "Kestrel Group", "Kestrel". */
export function companyBases(name: string): string[] {
  const out: string[] = [];
  for (let b = name.replace(COMPANY_SUFFIX, ''); b !== (out.at(-1) ?? name) && b.trim(); b = b.replace(COMPANY_SUFFIX, '')) out.push(b);
  return out;
}
