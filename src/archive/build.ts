import { slug } from '../factbase/ids';
import { SCHEMA_VERSION, type Entity, type Fact, type FactBase } from '../factbase/schema';
import { TEXTS_SCHEMA, type ArticleTexts } from '../factbase/texts';
import { chooseDescription, resolveCounterparts, roleHistory } from './describe';
import { extractArticle } from './extract';
import { eventDate, linkArticles, type GlobalEntity } from './link';
import type { ArticleExtraction } from './local';
import { articleText } from './texts';
import type { ParsedArticle } from './types';

/** How many related names an entity keeps: the card shows a handful, the rest is noise. */
const MAX_RELATED = 12;

/**
 * Parsed articles → fact base. Pure and deterministic: the same articles in any order give the same output.
 */
export function buildFactBase(articles: ParsedArticle[]): FactBase {
  return buildArchive(articles).factBase;
}

/**
 * One article's extraction, fresh: the builder changes it (resolveCounterparts), so a caller that keeps
 * extractions between builds (the reader's archive in the browser) must hand out a copy each time.
 */
export type Extractor = (article: ParsedArticle) => ArticleExtraction;

/** The fact base and, for the archive pages, every article's text in the builder's own sentences. */
export function buildArchive(articles: ParsedArticle[], extract: Extractor = extractArticle): { factBase: FactBase; texts: ArticleTexts } {
  const sorted = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const items = sorted.map((article) => {
    const extraction = extract(article);
    resolveCounterparts(extraction.entities);
    return { article, extraction };
  });
  const { entities, resolve } = linkArticles(items);
  const ids = assignIds(entities);

  const facts = new Map<GlobalEntity, Fact[]>();
  const related = new Map<GlobalEntity, Map<GlobalEntity, number>>();
  for (const { article, extraction } of items) {
    const inSentence = sentenceEntities(extraction, (l) => resolve(article.id, l));
    // the first quote of each sentence, looked up once: a search per sentence grew with the square of a long article
    const quoteOf = new Map<number, (typeof extraction.quotes)[number]>();
    for (const q of extraction.quotes) if (!quoteOf.has(q.sentence)) quoteOf.set(q.sentence, q);
    inSentence.forEach((present, s) => {
      const sentence = extraction.sentences[s]!;
      const quote = quoteOf.get(s);
      const speaker = quote?.speaker ? resolve(article.id, quote.speaker) : undefined;
      if (speaker) present.add(speaker);
      const targets = extraction.pledges.get(s);
      for (const g of present) {
        const fact: Fact = {
          text: clip(sentence.text),
          article: article.id,
          date: article.date,
          kind: quote ? 'quote' : targets ? 'pledge' : 'statement',
          ...(quote ? { quote: clip(quote.quote) } : {}),
          ...(speaker ? { speaker: ids.get(speaker)! } : {}),
          ...(!quote && targets ? { targets } : {}),
        };
        const own = facts.get(g);
        if (own) own.push(fact);
        else facts.set(g, [fact]);
        for (const other of present) {
          if (other === g) continue;
          const counts = related.get(g) ?? new Map<GlobalEntity, number>();
          counts.set(other, (counts.get(other) ?? 0) + 1);
          related.set(g, counts);
        }
      }
    });
  }

  // each entity's articles in archive order, without scanning the whole archive once per entity
  const order = new Map(sorted.map((a, i) => [a.id, i]));
  const out: Entity[] = entities.map((g) => {
    const own = facts.get(g) ?? [];
    const mine = [...g.articles].filter((id) => order.has(id)).map((id) => sorted[order.get(id)!]!).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const articleIds = mine.map((a) => a.id);
    const dates = mine.map((a) => a.date);
    const description = g.type === 'person' ? chooseDescription(g.roles) : g.description;
    const roles = g.type === 'person' ? roleHistory(g.roles) : [];
    const date = g.type === 'event' ? eventDate(g) : undefined;
    const aliases = new Set([...g.aliases, ...meetingAliases(g)]);
    aliases.delete(g.name);
    return {
      id: ids.get(g)!,
      type: g.type,
      name: g.name,
      aliases: [...aliases].sort(),
      ...(description ? { description } : {}),
      ...(roles.length ? { roles } : {}),
      facts: own,
      related: [...(related.get(g) ?? new Map<GlobalEntity, number>())]
        .map(([other, count]) => ({ id: ids.get(other)!, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, MAX_RELATED),
      articles: articleIds,
      firstSeen: dates[0]!,
      lastSeen: dates[dates.length - 1]!,
      ...(date ? { date } : {}),
      ...(g.place ? { place: ids.get(g.place)! } : {}),
      ...(g.participants?.length ? { participants: g.participants.map((p) => ids.get(p)!) } : {}),
    };
  });
  out.sort((a, b) => a.id.localeCompare(b.id));
  const texts: ArticleTexts = {
    schema: TEXTS_SCHEMA,
    articles: items.map(({ article, extraction }) => articleText(article, extraction.sentences)),
  };
  const factBase: FactBase = {
    schema: SCHEMA_VERSION,
    articles: sorted.map((a) => {
      const lead = leadOf(a);
      return {
        id: a.id,
        file: a.file,
        date: a.date,
        dateline: a.dateline,
        ...(lead ? { lead } : {}),
        words: a.words,
      };
    }),
    entities: out,
  };
  return { factBase, texts };
}

/** The longest fact a card shows: a long sentence (a list run together, a page without full stops) is cut. */
export const MAX_FACT_CHARS = 1_000;

/** A text cut at the last sentence end, else the last space, before MAX_FACT_CHARS, with an ellipsis. */
export function clip(text: string): string {
  if (text.length <= MAX_FACT_CHARS) return text;
  const head = text.slice(0, MAX_FACT_CHARS - 1);
  const sentence = head.search(/[.!?]["'”’)]?\s[^.!?]*$/);
  const space = head.lastIndexOf(' ');
  const end = sentence > MAX_FACT_CHARS / 2 ? sentence + 1 : space > MAX_FACT_CHARS / 2 ? space : head.length;
  return `${head.slice(0, end).trimEnd()}…`;
}

/** An event named as a meeting ("the Lindqvist-Wu talks", "the Bergen summit"). */
const MEETING_NAME = /\b(?:meeting|meetings|talks|summit)\b/i;

/**
 * Other ways a page may write a meeting between two people: either order, "talks", "meeting" or "summit"
 * ("the Lindqvist-Wu talks", "the Wu-Lindqvist meeting"). Which meeting is meant is for the page's date to decide.
 */
function meetingAliases(g: GlobalEntity): string[] {
  if (g.type !== 'event' || g.participants?.length !== 2 || g.participants.some((p) => p.type !== 'person')) return [];
  // (an election's or a final's two contenders never met for it: "Lind and Tesk … the 2024 election")
  if (!MEETING_NAME.test(g.name) && ![...g.locals.values()].some((ls) => ls.some((l) => l.meetingNoun))) return [];
  const short = g.participants.map((p) => [...p.aliases].find((a) => p.name.split(/\s+/).includes(a)) ?? p.name.split(/\s+/).pop()!);
  const pairs = [short.join('-'), [...short].reverse().join('-')];
  return pairs.flatMap((pair) => ['meeting', 'talks', 'summit'].map((noun) => `${pair} ${noun}`));
}

/** For each sentence, the archive entities it mentions. */
function sentenceEntities(x: ArticleExtraction, resolve: (l: ArticleExtraction['entities'][number]) => GlobalEntity) {
  const per = x.sentences.map(() => new Set<GlobalEntity>());
  for (const local of x.entities) for (const m of local.mentions) per[m.sentence]?.add(resolve(local));
  return per;
}

/** Which kind keeps the bare slug when two kinds share a name ("Jordan" the country and the person). */
const ID_PRIORITY = ['place', 'person', 'organization', 'agreement', 'award', 'event'] as const;

/**
 * Ids from what an entity is, never from which or how many articles the archive holds: the name's slug;
 * an event's year after it (unless its name has a number already: "WWDC24"), and its full date if another
 * event of that name falls in the same year; a kind's name after it when a kind earlier in ID_PRIORITY has
 * the same name. Adding articles never makes an id mean another thing (ids of a renamed entity do change:
 * a surname known first, the full name later).
 */
/** Each entity's id (exported for its tests): see the README's "Stable ids". */
export function assignIds(entities: GlobalEntity[]): Map<GlobalEntity, string> {
  const ids = new Map<GlobalEntity, string>();
  const byBase = new Map<string, GlobalEntity[]>();
  for (const g of entities) {
    const base = slug(g.name) || g.type;
    const date = g.type === 'event' ? eventDate(g) : undefined;
    const key = g.type === 'event' && date && !/\d/.test(g.name) ? `${base}-${date.slice(0, 4)}` : base;
    byBase.set(key, [...(byBase.get(key) ?? []), g]);
  }
  for (const [base, group] of byBase) {
    const kinds = new Set(group.map((g) => g.type));
    const home = ID_PRIORITY.find((t) => kinds.has(t as GlobalEntity['type']))!;
    for (const g of group) {
      const kindSuffix = g.type === home ? '' : `-${g.type}`;
      const twins = group.filter((x) => x.type === g.type);
      // two events of one name in one year: the full date tells them apart, then their order in time
      const date = twins.length > 1 ? (eventDate(g) ?? '').slice(5) : '';
      ids.set(g, `${base}${kindSuffix}${date ? `-${date}` : ''}`);
    }
  }
  // Still equal (same name and date, or a name that spells another's id): the later ones in time get -2, -3...,
  // skipping any id another entity already has, so ids are unique whatever the names.
  const wanted = new Set(ids.values());
  const given = new Set<string>();
  const ordered = [...entities].sort((a, b) => (eventDate(a) ?? '').localeCompare(eventDate(b) ?? '') || a.name.localeCompare(b.name));
  for (const g of ordered) {
    const id = ids.get(g)!;
    let unique = id;
    for (let n = 2; given.has(unique); n++) {
      unique = `${id}-${n}`;
      if (wanted.has(unique)) unique = id; // another entity's own id: keep looking
    }
    given.add(unique);
    ids.set(g, unique);
  }
  return ids;
}

function leadOf(a: ParsedArticle): string | undefined {
  const first = a.paragraphs.find((p) => p.kind === 'body')?.text;
  const sentence = first?.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? first;
  return sentence ? sentence.slice(0, 300) : undefined;
}
