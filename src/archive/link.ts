/**
 * Links the entities of every article into one archive: the same name (or a short form of exactly one known
 * full name) is one entity, with its facts from each article, dated, oldest first.
 */
import type { EntityType } from '../factbase/schema';
import { addDays, asPartialDate, type DateMention } from '../nlp/dates';
import { countryName, countryOfDemonym } from '../nlp/gazetteer';
import { BODY_WORDS, DRAW_WORDS, NAME_CONNECTORS, ORG_HEADS, SHORT_GIVEN_NAMES, SITE_HEADS, STAGES, SUDDEN_INCIDENTS, TOURNAMENTS } from '../nlp/lexicon';
import { lexiconTags } from '../nlp/tokens';
import { compatible } from './event-context';
import { companyBases, normalizeName, type ArticleExtraction, type DatedRole, type LocalEntity } from './local';
import { siteTail, streetInFull } from './site-tail';
import { initialsOf, shorterInitials, standsFor } from './initials';
import type { ParsedArticle } from './types';

export interface GlobalEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  roles: DatedRole[];
  articles: Set<string>;
  date?: DateMention;
  place?: GlobalEntity;
  participants?: GlobalEntity[];
  description?: string;
  /** Organisations: the countries the articles that name it name (a country's body told without the country). */
  countries?: Set<string>;
  /** A body named by its kind alone ("Senate"): the country its first article names most (see kindAlone). */
  home?: string;
  /** Per article id, the local entities merged into this one. */
  locals: Map<string, LocalEntity[]>;
}

export function linkArticles(items: { article: ParsedArticle; extraction: ArticleExtraction }[]): {
  entities: GlobalEntity[];
  resolve: (articleId: string, local: LocalEntity) => GlobalEntity;
} {
  const globals = new Globals();
  const map = new Map<LocalEntity, GlobalEntity>();
  const homes = new Map<string, { home: string | undefined; namesCountry: boolean }>();
  const addLocal = (g: GlobalEntity, articleId: string, local: LocalEntity) => {
    const locals = g.locals.get(articleId);
    if (locals) locals.push(local);
    else g.locals.set(articleId, [local]);
  };
  for (const { article, extraction } of items) {
    // events last: their places and participants must already be linked
    const order = [...extraction.entities].sort((a, b) => Number(a.type === 'event') - Number(b.type === 'event'));
    const countries = countriesNamed(extraction.entities);
    // (an article naming no country and no place but known cities could be about any country's body)
    const anyCountry = !countries.size && extraction.entities.every((e) => e.type !== 'place' || !mayBeCountry(e.name));
    const names = extraction.entities.flatMap((e) => [e.name, ...e.aliases]);
    const home = homeCountry(extraction.entities);
    homes.set(article.id, { home, namesCountry: countries.size > 0 });
    for (const local of order) {
      const participants = local.participants?.map((p) => map.get(p)!).filter(Boolean);
      let g = globals.find(local, participants, countries, anyCountry, names, home);
      if (!g) {
        g = { type: local.type, name: local.name, aliases: new Set(), roles: [], articles: new Set(), locals: new Map() };
        globals.add(g);
      } else if (
        (local.name.split(/\s+/).length > g.name.split(/\s+/).length && local.type === 'person') ||
        (local.type === 'place' && local.name === `${g.name} City`) ||
        (local.type === 'place' && siteTail(local.name) === g.name) ||
        (local.type === 'place' && g.name !== local.name && streetInFull(g.name) === local.name) ||
        (local.type === 'organization' && local.name.includes(' ') && ACRONYM.test(g.name) && standsFor(g.name, local.name)) ||
        (local.type === 'organization' && local.name.split(/\s+/).length > g.name.split(/\s+/).length && sameContentWords(local.name, g.name)) ||
        (local.type === 'event' && /^(?:19|20)\d\d \S+$/.test(g.name) && !/^\d/.test(local.name) && !!local.place && local.name.split(/\s+/).at(-1) === g.name.split(/\s+/).at(-1))
      ) {
        // a surname known first, the full name later; "New York", then "New York City"; "HMO", then its full name;
        // "Velkor Ave", then "Velkor Avenue"; a body's name without its small words, then with them; "2014
        // earthquake", then "Velkor earthquake" (its place)
        globals.addAlias(g, g.name);
        globals.rename(g, local.name);
      }
      map.set(local, g);
      if (kindAlone(local) && home) g.home ??= home;
      // (and an event's: a regional incident's articles must share a country, sameIncident)
      if ((g.type === 'organization' || g.type === 'event') && countries.size) {
        g.countries ??= new Set();
        for (const c of countries) g.countries.add(c);
      }
      globals.noteVote(g, local);
      globals.noteIncident(g, local);
      if (local.name !== g.name) globals.addAlias(g, local.name); // "Jose Ibarra" for "José Ibarra"
      for (const a of local.aliases) globals.addAlias(g, a);
      g.roles.push(...local.roles.map((r) => ({ ...r, article: article.id, date: article.date })));
      g.articles.add(article.id);
      addLocal(g, article.id, local);
      if (local.description && !g.description) g.description = local.description;
      // (a named storm told on two days is dated by both: it lasted from the first to the last)
      if (local.date && g.date && !compatible(g.date, local.date) && NAMED_STORM.test(g.name)) {
        const days = [g.date.from, g.date.to, local.date.from, local.date.to].sort();
        g.date = { ...g.date, from: days[0]!, to: days[3]!, precision: 'week' };
      }
      else if (local.date && (!g.date || span(local.date) < span(g.date))) g.date = local.date;
      if (local.place && !g.place) g.place = map.get(local.place);
      if (participants?.length) globals.setParticipants(g, [...new Set([...(g.participants ?? []), ...participants])]);
    }
  }
  // Second pass: a word with no evidence in its own article is the short form of a name another article
  // gives in full, when exactly one entity of the archive has it; a name of several words with no evidence
  // ("the dangerous Ana Lind") is the entity of that name another article told what it is.
  for (const { article, extraction } of items) {
    for (const { word, mentions } of extraction.pending) {
      const owners = [...new Set([...globals.withAlias(word), ...globals.anyNamed(word)])].filter((g) => g.type !== 'event');
      if (owners.length !== 1) continue;
      const g = owners[0]!;
      // (a body named by its kind alone is another country's when this article's country is another)
      const where = homes.get(article.id)!;
      if (kindAlone(g) && !sameHome(g, where.home, where.namesCountry)) continue;
      const local: LocalEntity = { key: `${g.type}:${normalizeName(word)}`, type: g.type, name: word, aliases: new Set(), roles: [], mentions };
      extraction.entities.push(local);
      map.set(local, g);
      // ("Pele" in an article of an archive that knows "Pelé": the form this article wrote is one of its names)
      if (word !== g.name) globals.addAlias(g, word);
      g.articles.add(article.id);
      addLocal(g, article.id, local);
    }
  }
  const entities = globals.list;
  for (const g of entities) g.aliases.delete(g.name);
  return { entities, resolve: (_id, local) => map.get(local)! };
}

/**
 * The archive's entities so far, with indexes by normalised name, exact name and alias, so each lookup
 * costs what it finds rather than a pass over the whole archive (which made building grow with the square
 * of its size). Lookups answer in the order entities were first seen, as a scan of the list would. Names
 * can change (a surname seen first, the full name later): index entries are checked against the current
 * name when read; aliases are only ever added while linking.
 */
class Globals {
  readonly list: GlobalEntity[] = [];
  private readonly pos = new Map<GlobalEntity, number>();
  private readonly byNorm = new Map<string, GlobalEntity[]>();
  private readonly byName = new Map<string, GlobalEntity[]>();
  /** Type and first word of the name → entities (a person's given name). */
  private readonly byFirst = new Map<string, GlobalEntity[]>();
  private readonly byAlias = new Map<string, GlobalEntity[]>();
  /**
   * Type and normalized alias of places and organisations ("place:notre dame" for "Notre Dame"): a site written
   * with or without hyphens, a body's other name written with or without dots.
   */
  private readonly byAliasNorm = new Map<string, GlobalEntity[]>();
  /** "organization:HMO" → "Harbour Masters Organisation": organisations of several words by their initials. */
  private readonly byInitials = new Map<string, GlobalEntity[]>();
  /** "USVS" → "USEVS": organisations named by an acronym, under its initials with one inner letter left out. */
  private readonly byLongerAcronym = new Map<string, GlobalEntity[]>();
  /** An organisation's name with its leading country in the country's usual name → the organisations. */
  private readonly byCountryLed = new Map<string, GlobalEntity[]>();
  /** "<country>|velkor court" → "<country's short form> Velkor Court": organisations led by a country, by the rest of their name. */
  private readonly byCountryless = new Map<string, GlobalEntity[]>();
  /** "velkor court" → the organisations led or followed by a country, by the rest of their name. */
  private readonly byRest = new Map<string, GlobalEntity[]>();
  /** "place:key bridge" → "Ostrel Key Bridge": sites of three words or more by their last two (see siteTail). */
  private readonly byTail = new Map<string, GlobalEntity[]>();
  /** Places of eight letters or more by the first two letters of their normalized name (misspellings). */
  private readonly byPlacePrefix = new Map<string, GlobalEntity[]>();
  /** A tournament's name without the short name of the body that runs it ("2031 harbour cup final") → the events so named with it. */
  private readonly byOrganiserless = new Map<string, GlobalEntity[]>();
  /** A street's name with its last word in full ("velkor avenue") → the places named so, short or in full. */
  private readonly byStreet = new Map<string, GlobalEntity[]>();
  /** "organization:2:airlines" → bodies of two words ending in "Airlines" (a name misspelt by a letter). */
  private readonly byHead = new Map<string, GlobalEntity[]>();
  /** "final" → the events named by that stage ("Velkor singles final", "2024 final"). */
  private readonly byStage = new Map<string, GlobalEntity[]>();
  /** "competition markets authority" → bodies so named with their small words ("and", "of", "the", "for") left out. */
  private readonly byContentWords = new Map<string, GlobalEntity[]>();
  /** Participant → the events it takes part in. */
  private readonly eventsOf = new Map<GlobalEntity, GlobalEntity[]>();

  add(g: GlobalEntity): void {
    this.pos.set(g, this.list.length);
    this.list.push(g);
    this.indexName(g);
    for (const a of g.aliases) this.indexAlias(g, a);
  }

  private indexAlias(g: GlobalEntity, alias: string): void {
    push(this.byAlias, alias, g);
    if (g.type === 'place' || g.type === 'organization') push(this.byAliasNorm, `${g.type}:${normalizeName(alias)}`, g);
  }

  retype(g: GlobalEntity, type: EntityType): void {
    g.type = type;
    this.indexName(g);
    for (const a of g.aliases) this.indexAlias(g, a);
  }

  rename(g: GlobalEntity, name: string): void {
    g.name = name;
    this.indexName(g);
  }

  setParticipants(event: GlobalEntity, participants: GlobalEntity[]): void {
    for (const p of participants) if (!event.participants?.includes(p)) push(this.eventsOf, p, event);
    event.participants = participants;
  }

  addAlias(g: GlobalEntity, alias: string): void {
    if (g.aliases.has(alias)) return;
    g.aliases.add(alias);
    this.indexAlias(g, alias);
  }

  /** Entities with this alias, in first-seen order. */
  withAlias(alias: string): GlobalEntity[] {
    return this.ordered(this.byAlias.get(alias) ?? []);
  }

  /** Entities of any kind named `name` (after normalizing), in first-seen order. */
  anyNamed(name: string): GlobalEntity[] {
    const norm = normalizeName(name);
    return this.ordered(KINDS.flatMap((type) => (this.byNorm.get(`${type}:${norm}`) ?? []).filter((g) => g.type === type && normalizeName(g.name) === norm)));
  }

  /** Entities of `type` named `name` (after normalizing), in first-seen order. */
  named(type: EntityType, name: string): GlobalEntity[] {
    const norm = normalizeName(name);
    return this.ordered((this.byNorm.get(`${type}:${norm}`) ?? []).filter((g) => g.type === type && normalizeName(g.name) === norm));
  }

  find(local: LocalEntity, participants: GlobalEntity[] | undefined, countries: ReadonlySet<string> = new Set(), anyCountry = false, names: readonly string[] = [], home?: string): GlobalEntity | undefined {
    const norm = normalizeName(local.name);
    const named = (type: EntityType) =>
      (this.byNorm.get(`${type}:${norm}`) ?? []).filter((g) => g.type === type && normalizeName(g.name) === norm);
    // "the Velkor Progressives Congress (VPC)" in one article, "X of the Velkor Progressives Congress opposition
    // bloc" read as a gathering in another: a name of several words that is a body elsewhere, undated here, is
    // that body (and a body named as an undated gathering before is that body)
    if (local.type === 'event' && !local.date && !local.participants?.length && local.name.includes(' ')) {
      const body = this.ordered(named('organization'));
      if (body.length === 1) return body[0];
    }
    if (local.type === 'organization' && local.name.includes(' ')) {
      const gathering = this.ordered(named('event')).filter((g) => !g.date && !g.participants?.length);
      if (gathering.length === 1 && !named('organization').length) {
        this.retype(gathering[0]!, 'organization');
        return gathering[0];
      }
    }
    if (local.type === 'event') {
      // (a named storm lasts days, and each article dates it by the day it tells of: "Storm Tesk" within three
      // weeks is the same storm; storms' names come round again only in other years)
      const dated = (g: GlobalEntity) => !local.date || !g.date || compatible(g.date, local.date) || (NAMED_STORM.test(local.name) && compatible(g.date, { from: addDays(local.date.from, -21), to: addDays(local.date.to, 21) }));
      if (participants?.length) {
        // an event with participants of the same names: one of the events of an entity named as the first
        const key = participants.map((p) => p.name).sort().join('|');
        const first = participants[0]!.name;
        const named = (this.byName.get(first) ?? []).filter((p) => p.name === first);
        const candidates = named.flatMap((p) => this.eventsOf.get(p) ?? []);
        // (a vote with its contenders is still the vote of its day and place that others tell without them)
        return this.ordered(candidates).find((g) => g.participants?.map((p) => p.name).sort().join('|') === key && dated(g)) ?? this.sameVote(local);
      }
      // (and "KLX9 Climate Summit", also called "KLX9" there, is the "KLX9" another article told of)
      const candidates = [
        ...named('event'),
        ...(this.byAlias.get(local.name) ?? []).filter((g) => g.type === 'event'),
        ...[...local.aliases].flatMap((a) => this.named('event', a)),
      ];
      return this.ordered(candidates).find(dated) ?? this.sameOfYear(local) ?? this.sameStage(local, dated) ?? this.sameOrganised(local, dated) ?? this.sameVote(local) ?? this.sameIncident(local, countries, names);
    }
    // (a body named by its kind alone, "the Senate", "the Supreme Court", is each country's own: told in an
    // article about another country than the archive's body of that name, it is another body)
    const exact = this.ordered(named(local.type)).find((g) => !kindAlone(local) || sameHome(g, home, countries.size > 0));
    if (exact) return exact;
    if (kindAlone(local) && named(local.type).length) return undefined;
    // "signed the Harbour Economic Partnership agreement" in one article, "the Harbour Economic Partnership (HEP)"
    // read as a body in another: one agreement (a name that ends in a body's own word stays a body)
    if ((local.type === 'organization' || local.type === 'agreement') && local.name.includes(' ') && !ORG_HEADS.has(local.name.split(/\s+/).at(-1)!.toLowerCase())) {
      const twin = this.ordered(named(local.type === 'organization' ? 'agreement' : 'organization'))[0];
      if (twin) {
        if (local.type === 'agreement') this.retype(twin, 'agreement');
        return twin;
      }
    }
    // "Center for Civil Rights" and "Centre for Civil Rights": one body in British and American spelling
    const spelt = britishOrAmerican(local.name);
    if (spelt !== local.name && (local.type === 'organization' || local.type === 'place')) {
      const other = this.named(local.type, spelt);
      if (other.length === 1) return other[0];
    }
    // "Harbour Markets Authority" and "Harbour and Markets Authority": one body, its name's small words written or
    // left out (a name of two words or more besides them)
    const content = local.type === 'organization' ? contentWords(local.name) : undefined;
    if (content) {
      const same = this.ordered((this.byContentWords.get(content) ?? []).filter((g) => g.type === 'organization' && contentWords(g.name) === content));
      if (same.length === 1) return same[0];
    }
    // "UK Zembla Survey" and "United Kingdom Zembla Survey": one body, its country written short or long
    if (local.type === 'organization') {
      const led = countryLed(local.name);
      const same = led ? this.ordered((this.byCountryLed.get(led) ?? []).filter((g) => g.type === 'organization')) : [];
      if (same.length === 1) return same[0];
    }
    // "Kestrel Group AG" and "Kestrel": a company with and without its legal form, in either order
    if (local.type === 'organization') {
      for (const base of companyBases(local.name)) {
        const same = this.named('organization', base);
        if (same.length === 1) return same[0];
      }
      const longer = this.withAlias(local.name).filter((g) => g.type === 'organization' && companyBases(g.name).includes(local.name));
      if (longer.length === 1) return longer[0];
      // "Velkor" known first, "Velkor Agency" later (resolve.ts agencyAliases gives the long form its word)
      const short = [...local.aliases].filter((a) => !a.includes(' ')).flatMap((a) => this.named('organization', a));
      if (new Set(short).size === 1) return short[0];
      // "the Justice Department" in one article, "the US Department of Justice" (also "the Justice Department")
      // in another: a body's other name of several words, which one body of the archive has
      const other = new Set(
        [local.name, ...local.aliases]
          .filter((a) => a.includes(' '))
          .flatMap((a) => [...(this.byAliasNorm.get(`organization:${normalizeName(a)}`) ?? []), ...this.named('organization', a)])
          // (a country's body, only from an article that names the country, or no place that could be another
          // country: another country's "Velkor Court" is its own)
          .filter((g) => {
            const led = countryOf(g.name);
            return g.type === 'organization' && (!led || anyCountry || countries.has(led.country));
          }),
      );
      if (other.size === 1) return [...other][0];
      // "the Zembla Velkor Court" in one article, "the Velkor Court" in another naming the same country: the
      // country's body (of two words or more; another country's "Velkor Court" stays apart)
      const of = countryOf(local.name);
      const base = of ? this.named('organization', of.rest).filter((g) => countryOf(g.name) === undefined && g.countries?.has(of.country)) : [];
      if (base.length === 1) return base[0];
      const led = local.name.includes(' ') && !of ? [...countries].flatMap((c) => this.byCountryless.get(`${c}|${norm}`) ?? []) : [];
      if (new Set(led).size === 1) return led[0];
      // (from an article that names no country, nor a place that could be one: the one country's body of that
      // name the archive knows)
      const any = local.name.includes(' ') && !of && anyCountry ? (this.byRest.get(norm) ?? []).filter((g) => g.type === 'organization') : [];
      if (new Set(any).size === 1) return any[0];
      // "Velkorain Airlines" beside "Velkorian Airlines": a body's name of two words or more misspelt by one letter
      // more or less, the same head word, and only one such body
      const spelt = this.oneLetterApart(local, 2);
      if (spelt) return spelt;
    }
    // (and so is an agreement of three words or more: "the Velkoria Continental Free Trade Area" beside "the
    // Velkorian Continental Free Trade Area")
    if (local.type === 'agreement') {
      const spelt = this.oneLetterApart(local, 3);
      if (spelt) return spelt;
    }
    // "Velkorsdorf" and "Velkoersdorf": a place's name of eight letters or more spelt with one vowel more, less or
    // other (as a vowel's accent is written out: "ü" as "ue"), when one place of the archive is so near it (never a
    // country, "Colombia" is no "Columbia"; nor another consonant, "Kingston" is no "Kingstown")
    if (local.type === 'place' && norm.length >= 8 && countryName(local.name) === undefined) {
      const near = this.ordered((this.byPlacePrefix.get(norm.slice(0, 2)) ?? []).filter((g) => g.type === 'place' && countryName(g.name) === undefined && oneVowelApart(normalizeName(g.name), norm)));
      if (near.length === 1) return near[0];
    }
    // "Port of Tesk" and "Tesk Port": one site, its kind written before or after the name
    if (local.type === 'place') {
      // (and "Theatre du Tesk" and "Tesk Theatre", in French and in English)
      const of = /^(\p{Lu}\p{Ll}+) (of|du|de|des|de la) (.+)$/u.exec(local.name);
      const after = /^(.+) (\p{Lu}\p{Ll}+)$/u.exec(local.name);
      const others = of && SITE_HEADS.has(of[1]!.toLowerCase()) ? [`${of[3]} ${of[1]}`] : after && SITE_HEADS.has(after[2]!.toLowerCase()) ? ['of', 'du', 'de', 'des', 'de la'].map((w) => `${after[2]} ${w} ${after[1]}`) : [];
      const same = [...new Set(others.flatMap((other) => this.named('place', other)))];
      if (same.length === 1) return same[0];
    }
    // "Ostrel-Dame" in one article, "Ostrel Dame Cathedral" (also "Ostrel Dame") in another: one site, the short
    // form written with a hyphen or a space
    if (local.type === 'place') {
      const same = new Set((this.byAliasNorm.get(`place:${norm}`) ?? []).filter((g) => g.type === 'place'));
      if (same.size === 1) return [...same][0];
    }
    // "the Key Bridge" in one article, "the Ostrel Key Bridge" in another: one site, said short by its last words
    // (when one site of the archive ends so), or in full after the short form
    if (local.type === 'place') {
      const longer = this.ordered((this.byTail.get(`place:${norm}`) ?? []).filter((g) => g.type === 'place' && siteTail(g.name) !== undefined && normalizeName(siteTail(g.name)!) === norm));
      if (longer.length === 1) return longer[0];
      const tail = siteTail(local.name);
      const shorter = tail ? this.named('place', tail) : [];
      if (shorter.length === 1) return shorter[0];
    }
    // "Velkor Ave" in one article, "Velkor Avenue" in another: one street, its last word written short
    if (local.type === 'place') {
      const full = streetInFull(local.name);
      const same = full ? this.ordered((this.byStreet.get(normalizeName(full)) ?? []).filter((g) => g.type === 'place')) : [];
      if (same.length === 1) return same[0];
    }
    // "Harbour City" and "Harbour": one city (but "Kuwait City" is not Kuwait, the country)
    if (local.type === 'place') {
      const base = local.name.replace(/ City$/, '');
      if (countryName(base) === undefined) {
        const other = base === local.name ? `${base} City` : base;
        const same = this.named('place', other);
        if (same.length) return same[0];
      }
    }
    if (local.type === 'award') {
      // "the Webb Tallis Cup" held up in one article, "the Webb Tallis trophy" in another (resolve.ts trophyAliases)
      const same = new Set([...this.withAlias(local.name).filter((g) => g.type === 'award'), ...[...local.aliases].flatMap((a) => this.named('award', a))]);
      if (same.size === 1) return [...same][0];
    }
    if (local.type === 'person' && local.name.includes(' ')) {
      // the same person with and without a middle initial ("Marlon T. Brisbee", "Marlon Brisbee")
      const byForm = (form: string) => this.named('person', form);
      const same = this.ordered([
        ...this.withAlias(local.name).filter((g) => g.type === 'person'),
        ...[...local.aliases].filter((a) => a.includes(' ')).flatMap(byForm),
      ]);
      if (same.length === 1) return same[0];
      // "Sergei Velkov" and "Sergey Velkov": a given name transliterated with a last "i" or "y" after a vowel
      const given = /^(\p{Lu}\p{Ll}*[aeiou])([iy])( .+)$/u.exec(local.name);
      const other = given ? this.named('person', `${given[1]}${given[2] === 'i' ? 'y' : 'i'}${given[3]}`) : [];
      if (other.length === 1) return other[0];
      // "Tayyip Velk" in one article, "Recep Tayyip Velk" in another: one person, a given name of three left out
      // (when one person of the archive ends so), or written in full after the shorter form
      const longer = this.ordered((this.byTail.get(`person:${norm}`) ?? []).filter((g) => g.type === 'person' && personTail(g.name) !== undefined && normalizeName(personTail(g.name)!) === norm));
      if (longer.length === 1) return longer[0];
      const tail = personTail(local.name);
      const shorter = tail ? this.named('person', tail) : [];
      if (shorter.length === 1) return shorter[0];
      // the same person under a second transliteration that adds a letter ("Ivan Kostenko", "Ivan Kostenkko";
      // "Omar Mohamed", "Omar Mohammed"): the same given name and number of words, one letter more or less in
      // ten, only one such person ("Santos" and "Santis", a letter changed, stay two people)
      const parts = local.name.split(/\s+/);
      const spelt = (this.byFirst.get(`person:${normalizeName(parts[0]!)}`) ?? []).filter(
        (g) =>
          g.type === 'person' &&
          g.name.split(/\s+/).length === parts.length &&
          normalizeName(g.name.split(/\s+/)[0]!) === normalizeName(parts[0]!) &&
          Math.abs(normalizeName(g.name).length - normalizeName(local.name).length) === 1 &&
          nearlySame(g.name, local.name),
      );
      if (new Set(spelt).size === 1) return spelt[0];
      // the same person with and without a middle name ("Ama Kofi Mensah", "Ama Mensah"): the same first and last
      // words, one name a word longer, and only one such person
      const first = normalizeName(parts[0]!);
      const last = normalizeName(parts.at(-1)!);
      const middle = (this.byFirst.get(`person:${first}`) ?? []).filter((g) => {
        const other = g.name.split(/\s+/);
        return g.type === 'person' && Math.abs(other.length - parts.length) === 1 && Math.min(other.length, parts.length) >= 2 && normalizeName(other.at(-1)!) === last && normalizeName(other[0]!) === first;
      });
      if (new Set(middle).size === 1) return middle[0];
      // "Alex Tesk" and "Alexander Tesk", "Bill Velk" and "William Velk": a given name and its short form, with the
      // same surname, when only one person of the archive is so named; then "Damian Tesk" and "Damien Tesk",
      // "Luis Marr" and "Luiz Marr": a given name spelt with another vowel inside it, or s for z ("Maria" and
      // "Mario" differ in their last letter, "Jon" and "Jan" are too short: two people)
      const rest = parts.slice(1).map(normalizeName).join(' ');
      const sameRest = (this.byHead.get(`person:${parts.length}:${last}`) ?? []).filter((g) => g.type === 'person' && g.name.split(/\s+/).slice(1).map(normalizeName).join(' ') === rest);
      for (const same of [shortGivenName, givenNameVariant]) {
        const fits = new Set(sameRest.filter((g) => same(normalizeName(g.name.split(/\s+/)[0]!), first)));
        if (fits.size === 1) return [...fits][0];
      }
    }
    const words = local.name.split(/\s+/);
    if (words.length === 1) {
      // a short form seen alone in this article: the one known full name it belongs to
      const withIt = this.withAlias(local.name);
      const owners = withIt.filter((g) => g.type === local.type);
      if (owners.length === 1) return owners[0];
      // an organisation's acronym ("HMO") that another article gives only in full ("Harbour Masters Organisation")
      if (!owners.length && local.type === 'organization' && ACRONYM.test(local.name)) {
        const full = this.ordered(this.byInitials.get(`organization:${local.name}`) ?? []).filter((g) => g.type === 'organization' && initialsOf(g.name) === local.name);
        if (full.length === 1) return full[0];
        // (or with one more letter from inside a word: "USEVS" for "Union of Southeast Velkor States")
        const near = full.length ? [] : this.ordered(shorterInitials(local.name).flatMap((key) => this.byInitials.get(`organization:${key}`) ?? [])).filter((g) => g.type === 'organization' && standsFor(local.name, g.name));
        if (near.length === 1) return near[0];
      }
      // an acronym the article could not type ("US" before a title) that the archive knows as another kind
      const elsewhere = withIt.filter((g) => g.type !== 'event' && g.type !== local.type);
      return owners.length === 0 && /^[A-Z]{2,6}$/.test(local.name) && elsewhere.length === 1 ? elsewhere[0] : undefined;
    }
    // the same body under a misspelt or variant expansion of its acronym ("Organisation for Coastal
    // Resilience (OCR)" and "Organization for Costal Resilience, the OCR"), or with one more word after it
    // ("Harbour Democratic Congress (HDC)" and "Harbour Democratic Congress Party (HDC)")
    for (const a of local.aliases) {
      if (!/^[A-Z]{2,6}$/.test(a)) continue;
      const longer = (x: string, y: string) => x.startsWith(`${y} `) && !x.slice(y.length + 1).includes(' ');
      const same = this.withAlias(a).filter((g) => g.type === local.type && g.name.includes(' ') && (nearlySame(g.name, local.name) || longer(g.name, local.name) || longer(local.name, g.name)));
      if (same.length === 1) return same[0];
    }
    // an organisation in full whose acronym alone another article gave
    if (local.type === 'organization') {
      const acronym = initialsOf(local.name);
      const short = ACRONYM.test(acronym) ? (this.byName.get(acronym) ?? []).filter((g) => g.type === 'organization' && g.name === acronym) : [];
      if (short.length === 1) return short[0];
      const near = short.length ? [] : this.ordered(this.byLongerAcronym.get(acronym) ?? []).filter((g) => g.type === 'organization' && standsFor(g.name, local.name));
      if (near.length === 1) return near[0];
    }
    // a full name whose short form was seen alone before
    const owners = this.ordered(
      [...local.aliases].flatMap((a) =>
        (this.byName.get(a) ?? []).filter((g) => g.type === local.type && g.name === a && g.name.split(/\s+/).length === 1),
      ),
    );
    return owners.length === 1 ? owners[0] : undefined;
  }

  /**
   * "2031 Harbour Cup" and "Harbour Cup" of 2031, "2031 Cup" and "Cup" of 2031: a recurring event's name with
   * and without its year (the year of its date), in either order; only when one event of that year fits.
   */
  private sameOfYear(local: LocalEntity): GlobalEntity | undefined {
    const year = local.date?.from.slice(0, 4);
    if (!year || local.date!.to.slice(0, 4) !== year) return undefined;
    const forms = [local.name, ...local.aliases].map((n) => {
      const m = /^((?:19|20)\d\d) (.+)$/.exec(n);
      return m ? (m[1] === year ? m[2]! : undefined) : `${year} ${n}`;
    });
    const found = forms.flatMap((f) =>
      f
        ? [...(this.byNorm.get(`event:${normalizeName(f)}`) ?? []).filter((g) => normalizeName(g.name) === normalizeName(f)), ...(this.byAlias.get(f) ?? [])]
        : [],
    );
    const same = this.ordered(found).filter((g) => g.type === 'event' && !g.participants?.length && g.date?.from.slice(0, 4) === year && g.date.to.slice(0, 4) === year);
    return same.length === 1 ? same[0] : undefined;
  }

  /**
   * "2031 Fifo Harbour Cup final" and "2031 Harbour Cup final": a tournament (or its stage) named with and without
   * the short name of the body that runs it, in either order, at compatible dates.
   */
  private sameOrganised(local: LocalEntity, dated: (g: GlobalEntity) => boolean): GlobalEntity | undefined {
    const found = [local.name, ...local.aliases].flatMap((f) => {
      const off = organiserOff(f);
      return [...(off ? this.named('event', off) : []), ...(this.byOrganiserless.get(normalizeName(f)) ?? [])];
    });
    // (a day or a month in common, or a place: "2031 World Cup" is another sport's as often)
    const close = (g: GlobalEntity) => (!!g.date && !!local.date && g.date.precision !== 'year' && local.date.precision !== 'year' && compatible(g.date, local.date)) || (!!g.place && !!local.place && g.place.name === local.place.name);
    const same = this.ordered(found).filter((g) => g.type === 'event' && !g.participants?.length && dated(g) && close(g));
    return same.length === 1 ? same[0] : undefined;
  }

  /**
   * "the World Cup final" of August and "the Women's World Cup final" of August 20, when "the Women's World
   * Cup" is also called "the World Cup": a stage named by its tournament's short form is that stage, in
   * either order.
   */
  private sameStage(local: LocalEntity, dated: (g: GlobalEntity) => boolean): GlobalEntity | undefined {
    const words = local.name.split(/\s+/);
    const stage = words.at(-1)!.toLowerCase();
    if (words.length < 2 || !STAGES.has(stage)) return undefined;
    const tournament = words.slice(0, -1).join(' ');
    // the tournament the stage names is the short form of a known one, or the known one has short forms
    const longer = (this.byAlias.get(tournament) ?? []).filter((g) => g.type === 'event' && g.name !== tournament).map((g) => g.name);
    const shorter = (this.byNorm.get(`event:${normalizeName(tournament)}`) ?? []).filter((g) => normalizeName(g.name) === normalizeName(tournament)).flatMap((g) => [...g.aliases]);
    const same = [...longer, ...shorter].flatMap((t) =>
      (this.byNorm.get(`event:${normalizeName(`${t} ${stage}`)}`) ?? []).filter((g) => g.type === 'event' && normalizeName(g.name) === normalizeName(`${t} ${stage}`) && dated(g)),
    );
    if (new Set(same).size === 1) return same[0];
    // "Velkor singles final" and "Velkor final" of the same day: one stage, its draw written or not; and "the 2024
    // final" of that day, which does not say whose, is that one too
    const key = stageKey(local.name);
    const yearOnly = /^(?:19|20)\d\d$/.test(words[0]!);
    if (local.date?.precision !== 'day' || (!key && !yearOnly)) return undefined;
    const sameDay = this.ordered((this.byStage.get(stage) ?? []).filter((g) => g.type === 'event' && g.date?.precision === 'day' && dated(g) && (yearOnly || !stageKey(g.name) || stageKey(g.name) === key)));
    const one = sameDay.length === 1 ? sameDay[0]! : undefined;
    // (named by its tournament from then on: a year's final is no name a page would use for it)
    if (one && key && !stageKey(one.name)) this.rename(one, local.name);
    return one;
  }

  /** Votes (elections, numbered rounds) by the day they are held. */
  private readonly votesByDay = new Map<string, { g: GlobalEntity; round: boolean }[]>();

  noteVote(g: GlobalEntity, local: LocalEntity): void {
    const day = voteDay(local);
    if (day) push(this.votesByDay, day, { g, round: local.contest === 'round' });
  }

  /**
   * "the first round on May 14" in one article, "Sunday's presidential election" of May 14 in another: a
   * numbered round and an election held the same day are one vote, when only one such fits (in places that
   * do not differ).
   */
  /** The one entity of the local's type and head word, as many words long, whose name is one letter longer or shorter. */
  private oneLetterApart(local: LocalEntity, minWords: number): GlobalEntity | undefined {
    const words = local.name.split(/\s+/);
    if (words.length < minWords) return undefined;
    const norm = normalizeName(local.name);
    const spelt = (this.byHead.get(`${local.type}:${words.length}:${normalizeName(words.at(-1)!)}`) ?? []).filter(
      (g) => g.type === local.type && g.name.split(/\s+/).length === words.length && Math.abs(normalizeName(g.name).length - norm.length) === 1 && nearlySame(g.name, local.name),
    );
    return new Set(spelt).size === 1 ? spelt[0] : undefined;
  }

  private sameVote(local: LocalEntity): GlobalEntity | undefined {
    const day = voteDay(local);
    if (!day) return undefined;
    // a round joins the election of its day, an election the round of its day
    const round = local.contest === 'round';
    const samePlace = (g: GlobalEntity) => !!g.place && !!local.place && normalizeName(g.place.name) === normalizeName(local.place.name);
    const same = this.ordered((this.votesByDay.get(day) ?? []).filter((v) => v.round !== round).map((v) => v.g)).filter(
      (g) => !g.place || !local.place || samePlace(g),
    );
    if (same.length === 1) return same[0];
    // "Zembla's presidential runoff on Sunday" and "the runoff" of that Sunday in Zembla: one vote of one place
    // (a place on one side only is no conflict, when only one vote of that kind was held that day)
    // (and names that agree: "the runoff" is the "presidential runoff", a "parliamentary election" no "presidential" one)
    const words = (n: string) => normalizeName(n).split(' ');
    const agree = (g: GlobalEntity) => [g.name, ...g.aliases].some((n) => words(n).every((w) => words(local.name).includes(w)) || words(local.name).every((w) => words(n).includes(w)));
    const twins = this.ordered((this.votesByDay.get(day) ?? []).filter((v) => v.round === round).map((v) => v.g)).filter((g) => (samePlace(g) || !g.place !== !local.place) && agree(g));
    return twins.length === 1 ? twins[0] : undefined;
  }

  /**
   * "the Beirut blast" in one article, "the Beirut Port explosion" of the same day in another: one sudden
   * incident of one kind, the same day, in places that are one or inside each other ("Beirut Port", "Beirut").
   */
  private readonly incidentsByDay = new Map<string, GlobalEntity[]>();

  noteIncident(g: GlobalEntity, local: LocalEntity): void {
    for (const key of incidentDays(local)) push(this.incidentsByDay, key, g);
  }

  private sameIncident(local: LocalEntity, countries: ReadonlySet<string>, names: readonly string[]): GlobalEntity | undefined {
    const keys = incidentDays(local);
    if (!keys.length) return undefined;
    // (the same day's quake or fire placed differently by two articles, when the one being linked also names the
    // other's place: a province and its country, a cathedral and the river beside it)
    const namedHere = (g: GlobalEntity) => !!g.place && (countries.has(countryName(g.place.name) ?? g.place.name) || names.some((n) => nested(g.place!.name, n)));
    const all = this.ordered(keys.flatMap((key) => this.incidentsByDay.get(key) ?? []));
    const same = all.filter((g) => !g.place || !local.place || nested(g.place.name, local.place.name) || namedHere(g));
    if (same.length === 1) return same[0];
    // (a quake, a tsunami or an eruption is felt across a region: placed in a county by one article and in its
    // province by another, on the same day, it is one)
    const day = local.date && local.date.from === local.date.to ? local.date.from : undefined;
    const one = all.length === 1 ? all[0]! : undefined;
    // (two countries' quakes of a day stay two: the articles must name one country both)
    const regions = [one?.place?.name, local.place?.name].every((p) => p === undefined || countryName(p) === undefined) && [...countries].some((c) => one?.countries?.has(c));
    return !same.length && one && day && regions && REGIONAL_INCIDENTS.test(incidentKind(local.contest, local.name) ?? '') && one.date?.from === day && one.date.to === day ? one : undefined;
  }

  private indexName(g: GlobalEntity): void {
    push(this.byNorm, `${g.type}:${normalizeName(g.name)}`, g);
    push(this.byName, g.name, g);
    push(this.byFirst, `${g.type}:${normalizeName(g.name.split(/\s+/)[0]!)}`, g);
    const words = g.name.split(/\s+/);
    if ((g.type === 'organization' || g.type === 'person' || g.type === 'agreement') && words.length > 1) push(this.byHead, `${g.type}:${words.length}:${normalizeName(words.at(-1)!)}`, g);
    const content = g.type === 'organization' ? contentWords(g.name) : undefined;
    if (content) push(this.byContentWords, content, g);
    if (g.type === 'organization' && g.name.includes(' ')) push(this.byInitials, `${g.type}:${initialsOf(g.name)}`, g);
    if (g.type === 'organization' && ACRONYM.test(g.name)) for (const key of shorterInitials(g.name)) push(this.byLongerAcronym, key, g);
    const led = g.type === 'organization' ? countryLed(g.name) : undefined;
    if (led) push(this.byCountryLed, led, g);
    const of = g.type === 'organization' ? countryOf(g.name) : undefined;
    if (of) push(this.byCountryless, `${of.country}|${normalizeName(of.rest)}`, g);
    if (of) push(this.byRest, normalizeName(of.rest), g);
    const tail = g.type === 'place' ? siteTail(g.name) : g.type === 'person' ? personTail(g.name) : undefined;
    if (tail) push(this.byTail, `${g.type}:${normalizeName(tail)}`, g);
    if (g.type === 'place' && normalizeName(g.name).length >= 8) push(this.byPlacePrefix, normalizeName(g.name).slice(0, 2), g);
    const organised = g.type === 'event' ? organiserOff(g.name) : undefined;
    if (organised) push(this.byOrganiserless, normalizeName(organised), g);
    const street = g.type === 'place' ? streetInFull(g.name) : undefined;
    if (street) push(this.byStreet, normalizeName(street), g);
    const last = g.name.split(/\s+/).at(-1)!.toLowerCase();
    if (g.type === 'event' && STAGES.has(last)) push(this.byStage, last, g);
  }

  /** Distinct, in first-seen order. */
  private ordered(list: GlobalEntity[]): GlobalEntity[] {
    return [...new Set(list)].sort((a, b) => this.pos.get(a)! - this.pos.get(b)!);
  }
}

const ACRONYM = /^[A-Z]{2,6}$/;
/** "Recep Tayyip Velk" → "Tayyip Velk": the last two words of a person's name of three capitalised words. */
const personTail = (name: string): string | undefined => {
  const words = name.split(/\s+/);
  return words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? words.slice(1).join(' ') : undefined;
};
const KINDS: readonly EntityType[] = ['person', 'organization', 'place', 'agreement', 'award'];

/** Two spellings of one name: at most one edit in ten characters, after case, accents and dots fold. */
/** The name with the words British and American English spell differently in names spelt the other way. */
const SPELLINGS: [RegExp, string][] = [
  [/\bCentre\b/g, 'Center'],
  [/\bCenter\b/g, 'Centre'],
  [/\bOrganisation\b/g, 'Organization'],
  [/\bOrganization\b/g, 'Organisation'],
  [/\bDefence\b/g, 'Defense'],
  [/\bDefense\b/g, 'Defence'],
];
function britishOrAmerican(name: string): string {
  for (const [from, to] of SPELLINGS) {
    const other = name.replace(from, to);
    if (other !== name) return other;
  }
  return name;
}

const SMALL_WORDS = /^(?:and|&|of|the|for)$/i;
/**
 * A body's name without its small words, normalised ("competition markets authority"), when it has small words
 * or they could have been left out, and two other words or more.
 */
function contentWords(name: string): string | undefined {
  const words = name.split(/\s+/);
  const rest = words.filter((w) => !SMALL_WORDS.test(w));
  return rest.length >= 2 && words.length >= 3 ? normalizeName(rest.join(' ')) : undefined;
}

/** Two bodies' names the same but for their small words. */
const sameContentWords = (a: string, b: string): boolean => {
  const words = contentWords(a);
  return words !== undefined && words === contentWords(b);
};

const REGIONAL_INCIDENTS = /^(?:earthquake|tsunami|eruption)$/;

/** A state's occasion of one day: "the 2022 state funeral", "the coronation". */
const STATE_OCCASION = /\bstate funeral$|\bcoronation$|\binauguration$/;

/** The kind of sudden incident an event is ("explosion" for a blast), by its noun or its name's last word. */
function incidentKind(contest: string | undefined, name: string): string | undefined {
  // (and a ceremony: one day's ceremony at one venue is one, whatever each article says it was for; so is a
  // state's funeral, coronation or inauguration)
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  return SUDDEN_INCIDENTS.get(contest ?? '') ?? SUDDEN_INCIDENTS.get(last) ?? (last === 'ceremony' ? 'ceremony' : STATE_OCCASION.exec(name.toLowerCase())?.[0]);
}

/**
 * ["2020-08-04:explosion"]: the day and kind of a sudden incident told with its day; each day of the few a lede's
 * news may be of ("the crash that killed 157 people", told the day after); none for an incident told less precisely.
 */
function incidentDays(local: LocalEntity): string[] {
  const kind = local.type === 'event' ? incidentKind(local.contest, local.name) : undefined;
  const from = local.date?.from;
  const to = local.date?.to;
  if (!kind || !from || !to || to < from) return [];
  const days: string[] = [];
  for (let day = from; day <= to && days.length <= INCIDENT_WINDOW_DAYS; day = addDays(day, 1)) days.push(`${day}:${kind}`);
  return days.length <= INCIDENT_WINDOW_DAYS ? days : [];
}
/** The most days a lede's news of an incident may span (see event-phrases.ts ledeDays). */
const INCIDENT_WINDOW_DAYS = 7;

/** Whether one place's name holds the other's words ("Beirut Port", "Port of Beirut" and "Beirut"). */
function nested(a: string, b: string): boolean {
  const words = (n: string) => normalizeName(n).split(' ').filter((w) => w !== 'of' && w !== 'the');
  const [x, y] = [words(a), words(b)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** A place's name that may be a country's the gazetteer does not know: not a known city, nor a site or a room ("the Operations Room"). */
const mayBeCountry = (name: string): boolean => !lexiconTags(name).includes('City') && !SITE_HEADS.has(name.split(/\s+/).at(-1)!.toLowerCase()) && !/ (?:Room|Hall|Building)$/.test(name);

/**
 * An organisation named by its kind alone: every word a kind of body or a word that describes one ("Senate",
 * "Supreme Court", "House of Representatives"), none a name of its own.
 */
export function kindAlone(local: Pick<LocalEntity, 'type' | 'name'>): boolean {
  if (local.type !== 'organization') return false;
  const words = local.name.toLowerCase().split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w));
  return words.length > 0 && words.some((w) => ORG_HEADS.has(w) || w === 'house') && words.every((w) => BODY_WORDS.has(w));
}

/**
 * Whether an article whose most-named country is `home` may tell of the body `g` named by its kind alone: the
 * same country, or an article that names no country at all (it names no other).
 */
const sameHome = (g: GlobalEntity, home: string | undefined, namesCountry: boolean): boolean => g.home === home || (!home && !namesCountry);

/**
 * "Velkor men's singles final" → "velkor final": a stage of a tournament named by a capitalised word, its draw
 * left out; undefined for a stage named by a year alone ("2019 final"), which says nothing of its tournament.
 */
function stageKey(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !STAGES.has(words.at(-1)!.toLowerCase()) || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  // (the draw's words, "men's singles", are left out)
  return normalizeName(words.filter((w) => !DRAW_WORDS.has(w.toLowerCase().replace(/['’]s?$/, ''))).join(' '));
}

/** "Storm Tesk", "Hurricane Velma": a storm's word and its name. */
const NAMED_STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) \p{Lu}[\p{L}'’-]*$/u;

/** The country an article names most often, when one does (a tie names none). */
function homeCountry(entities: readonly LocalEntity[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entities) {
    // (a country's own bodies count for it: "the South Zemblan Navy", "the Velkor Court of Zembla")
    const lead = e.type === 'organization' ? (countryOf(e.name)?.country ?? countryOfDemonym(e.name.split(/\s+/)[0]!)) : undefined;
    const country = e.type === 'place' ? countryName(e.name) : lead;
    if (country) counts.set(country, (counts.get(country) ?? 0) + Math.max(1, e.mentions.length));
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** The countries an article names, as places or in their aliases (a country's short form → its usual name). */
function countriesNamed(entities: readonly LocalEntity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const form of [e.name, ...e.aliases]) {
      const country = countryName(form);
      if (country) out.add(country);
    }
  }
  return out;
}

/**
 * "<country> Velkor Court" or "Velkor Court of <country>" → the country and "Velkor Court" (a rest of two words
 * or more).
 */
function countryOf(name: string): { country: string; rest: string } | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const country = countryName(words.slice(0, n).join(' '));
    if (country && /^\p{Lu}/u.test(words[n]!)) return { country, rest: words.slice(n).join(' ') };
  }
  const of = /^(\p{Lu}\S* \p{Lu}.*?) of (?:the )?(\p{Lu}.*)$/u.exec(name);
  const country = of ? countryName(of[2]!) : undefined;
  return country ? { country, rest: of![1]! } : undefined;
}

/**
 * "2031 Fifo Harbour Cup final" → "2031 Harbour Cup final": a tournament's name (or its stage's) without the short
 * name of the body that runs it (a word of three to five letters after the year, or first), when a name is left
 * that ends in a tournament's or a stage's word.
 */
function organiserOff(name: string): string | undefined {
  const words = name.split(/\s+/);
  const at = /^(?:19|20)\d\d$/.test(words[0]!) ? 1 : 0;
  const rest = [...words.slice(0, at), ...words.slice(at + 1)];
  // (a body's initials in capitals, or one the dictionary knows as a body's, "Fifo"; any other word is the name's
  // own: "World")
  const word = words[at] ?? '';
  if (rest.length - at < 2 || !(/^\p{Lu}{3,5}$/u.test(word) || (/^\p{Lu}\p{Ll}{2,4}$/u.test(word) && lexiconTags(word.toLowerCase()).includes('Organization')))) return undefined;
  const last = rest.at(-1)!.toLowerCase();
  return TOURNAMENTS.has(last) || (STAGES.has(last) && TOURNAMENTS.has(rest.at(-2)!.toLowerCase())) ? rest.join(' ') : undefined;
}

/** "US Zembla Survey" → "united states zembla survey": a name led by a country, the country in its usual name. */
function countryLed(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = countryName(words.slice(0, n).join(' '));
    if (country && /^\p{Lu}/u.test(words[n]!)) return normalizeName(`${country} ${words.slice(n).join(' ')}`);
  }
  return undefined;
}

/** Two spellings one vowel apart: one inserted, dropped or changed ("duesseldorf", "dusseldorf"), or an "h" after a consonant. */
export function oneVowelApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const vowel = (c: string | undefined) => !!c && 'aeiou'.includes(c);
  if (a.length === b.length) return vowel(a[i]) && vowel(b[i]) && a.slice(i + 1) === b.slice(i + 1);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  // (the dropped vowel may be any of a run of equal letters: "dusseldorf" against "duesseldorf"; so may an "h"
  // after a consonant, as names are written out of other alphabets: "kathmandu" against "katmandu")
  const silentH = long[i] === 'h' && i > 0 && !vowel(long[i - 1]);
  return (vowel(long[i]) || silentH) && long.slice(i + 1) === short.slice(i);
}

export function nearlySame(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return true;
  const limit = Math.floor(Math.max(x.length, y.length) / 10);
  if (Math.abs(x.length - y.length) > limit) return false;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...row) > limit) return false;
    prev = row;
  }
  return prev[y.length]! <= limit;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The day of a vote told with its day: an election, a run-off, a referendum or a numbered round. */
const voteDay = (local: LocalEntity): string | undefined =>
  local.type === 'event' && local.date?.precision === 'day' && /^(election|elections|runoff|referendum|primary|round)$/.test(local.contest ?? '') ? local.date.from : undefined;

const span = (d: DateMention) => Date.parse(d.to) - Date.parse(d.from);

export const eventDate = (g: GlobalEntity): string | undefined => (g.date ? asPartialDate(g.date) : undefined);

/**
 * Whether `a` and `b`, two given names (normalised), are one name spelt two ways: one letter changed, a vowel for
 * a vowel inside a name of five letters or more, or s for z after the first letter.
 */
function givenNameVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((c, k) => c !== b[k]);
  if (at <= 0 || a.slice(at + 1) !== b.slice(at + 1)) return false;
  const pair = `${a[at]}${b[at]}`;
  if (/^(?:sz|zs)$/.test(pair)) return true;
  return /^[aeiou]{2}$/.test(pair) && at < a.length - 1 && a.length >= 5;
}

/**
 * Whether `a` and `b`, two given names (normalised), are one name and its short form: one the other's first
 * three letters or more ("alex", "alexander"), or a pair of the table ("bill", "william").
 */
function shortGivenName(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  // (three letters more at least: "Dan" and "Dana" are two names)
  return (s.length >= 3 && l.length - s.length >= 3 && l.startsWith(s)) || SHORT_GIVEN_NAMES.get(s) === l;
}
