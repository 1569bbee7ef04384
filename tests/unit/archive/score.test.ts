// @vitest-environment node
// The yardstick's own tests: hand-made fact bases with known mistakes must score as expected.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../quality/report';
import {
  articleIdOf,
  dateCompatible,
  normalizeName,
  roleMatches,
  scoreAll,
  scoreArticle,
  type GoldArticle,
  type GoldEntity,
  type PredictedEntity,
} from '../../quality/score';

const GOLD_DIR = join(__dirname, '../../fixtures/gold');
const loadGold = (file: string): GoldArticle => JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldArticle;
const SEED = loadGold('000_eb919bbc4fd26729.json');
const SEED_ID = '000-eb919bbc4fd26729';

const idOf = (name: string): string => normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A fact base that says exactly what the gold says: every required entity, first role, gold date. */
function perfect(gold: GoldArticle, articleId = articleIdOf(gold.file)): PredictedEntity[] {
  const byForm = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const f of [g.name, ...(g.aliases ?? [])]) byForm.set(normalizeName(f), g);
  const ref = (name: string): string => idOf(byForm.get(normalizeName(name))!.name);
  return gold.entities
    .filter((g) => !g.optional)
    .map((g) => ({
      id: idOf(g.name),
      type: g.type,
      name: g.name,
      aliases: g.aliases ?? [],
      articles: [articleId],
      description: [g.role ?? []].flat()[0],
      date: g.date ?? g.week,
      place: g.place === undefined ? undefined : ref([g.place].flat()[0]!),
      participants: g.participants?.map(ref),
    }));
}

const edit = (entities: PredictedEntity[], name: string, change: Partial<PredictedEntity>): PredictedEntity[] =>
  entities.map((e) => (e.name === name ? { ...e, ...change } : e));
const without = (entities: PredictedEntity[], ...names: string[]): PredictedEntity[] => entities.filter((e) => !names.includes(e.name));
const junk = (name: string, type: PredictedEntity['type'] = 'person', articles = [SEED_ID]): PredictedEntity => ({
  id: idOf(name) || 'junk',
  type,
  name,
  aliases: [],
  articles,
});

describe('scoreArticle: perfect predictions', () => {
  it.each(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')))('%s scores 1.0 everywhere', (file) => {
    const gold = loadGold(file);
    const score = scoreArticle(gold, perfect(gold));
    expect(score.missed).toEqual([]);
    expect(score.spurious).toEqual([]);
    expect(score.roles.failures).toEqual([]);
    expect(score.eventDates.failures).toEqual([]);
    const all = scoreAll([gold], { entities: perfect(gold) });
    expect([all.overall.recall, all.overall.precision, all.overall.f1, all.roles.rate, all.eventDates.rate]).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('scoreArticle: mistakes lower the right numbers', () => {
  it('a missing person lowers person recall only', () => {
    const s = scoreAll([SEED], { entities: without(perfect(SEED), 'Han Zheng') });
    expect(s.byType.person).toMatchObject({ gold: 5, matched: 4, recall: 0.8, precision: 1 });
    expect(s.byType.place.recall).toBe(1);
    expect(s.articles[0]!.missed).toEqual([{ type: 'person', name: 'Han Zheng' }]);
    // The missing person's role is missing too.
    expect(s.roles).toMatchObject({ total: 5, correct: 4 });
  });

  it('junk entities lower precision and are listed', () => {
    const entities = [...perfect(SEED), junk('President'), junk('Asia-', 'place'), junk('Chinese', 'place')];
    const s = scoreAll([SEED], { entities });
    expect(s.overall.recall).toBe(1);
    expect(s.byType.person.precision).toBeCloseTo(5 / 6);
    expect(s.byType.place.precision).toBeCloseTo(7 / 9);
    expect(s.articles[0]!.spurious.map((e) => e.name).sort()).toEqual(['Asia-', 'Chinese', 'President']);
  });

  it('a name that occurs only in the stray headline is spurious', () => {
    const gold = loadGold('001_election.json');
    const s = scoreArticle(gold, [...perfect(gold), junk('Italy', 'place', ['001-election'])]);
    expect(s.spurious).toEqual([{ type: 'place', name: 'Italy', id: 'italy' }]);
  });

  it('entities of other articles are not judged', () => {
    const s = scoreArticle(SEED, [...perfect(SEED), junk('Someone Else', 'person', ['001-election'])]);
    expect(s.spurious).toEqual([]);
  });

  it('a duplicate of a matched entity is spurious (one-to-one)', () => {
    const s = scoreArticle(SEED, [...perfect(SEED), { ...junk('Xi'), id: 'xi' }]);
    expect(s.byType.person).toEqual({ gold: 5, predicted: 6, matched: 5 });
    expect(s.spurious.map((e) => e.name)).toEqual(['Xi']);
  });

  it('the right name with the wrong type is a miss and a spurious entity', () => {
    const s = scoreArticle(SEED, edit(perfect(SEED), 'Washington', { type: 'person' }));
    expect(s.missed).toEqual([{ type: 'place', name: 'Washington' }]);
    expect(s.spurious).toEqual([{ type: 'person', name: 'Washington', id: 'washington' }]);
  });

  it('optional entities are neither required nor penalised', () => {
    const ministry = { ...junk('foreign ministry', 'organization'), aliases: ['China’s foreign ministry'] };
    const found = scoreArticle(SEED, [...perfect(SEED), ministry]);
    expect(found.spurious).toEqual([]);
    expect(found.byType.organization).toEqual({ gold: 2, predicted: 2, matched: 2 });
  });

  it('a wrong event date is counted, and the event is not found', () => {
    const s = scoreAll([SEED], { entities: edit(perfect(SEED), 'Biden-Xi meeting', { date: '2023-11-16' }) });
    expect(s.eventDates).toMatchObject({ total: 5, correct: 4 });
    expect(s.articles[0]!.eventDates.failures).toEqual([{ name: 'Biden-Xi meeting', gold: '2023-11-15', predicted: '2023-11-16' }]);
    expect(s.byType.event).toMatchObject({ gold: 5, predicted: 5, matched: 4 });
  });

  it('an event without a date counts as wrongly dated', () => {
    const s = scoreAll([SEED], { entities: edit(perfect(SEED), 'COP28', { date: undefined }) });
    expect(s.articles[0]!.eventDates.failures).toEqual([{ name: 'COP28', gold: '2023-11', predicted: undefined }]);
  });

  it('a wrong role is counted', () => {
    const s = scoreAll([SEED], { entities: edit(perfect(SEED), 'Han Zheng', { description: 'Chinese President' }) });
    expect(s.roles).toMatchObject({ total: 5, correct: 4 });
    expect(s.articles[0]!.roles.failures).toEqual([{ name: 'Han Zheng', role: 'Chinese Vice President', predicted: 'Chinese President' }]);
  });
});

describe('scoreArticle: names', () => {
  it.each([
    ['an acronym as the name, the expansion as an alias', 'Asia-Pacific Economic Cooperation', { name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] }],
    ['a short form as the name', 'United States', { name: 'US', aliases: [] }],
    ['a leading "the", other case', 'United States', { name: 'the united states', aliases: [] }],
    ['typographic quotes and dashes', 'Asia-Pacific Economic Cooperation', { name: 'Asia–Pacific Economic Cooperation', aliases: [] }],
    ['full stops ("U.S." for "US")', 'United States', { name: 'U.S.', aliases: [] }],
  ])('%s matches', (_label, goldName, change) => {
    const s = scoreArticle(SEED, edit(perfect(SEED), goldName, change));
    expect(s.missed).toEqual([]);
    expect(s.spurious).toEqual([]);
  });

  it('a name that only contains a gold name does not match', () => {
    const s = scoreArticle(SEED, edit(perfect(SEED), 'Beijing', { name: 'Beijing’s Ministry', aliases: [] }));
    expect(s.missed).toEqual([{ type: 'place', name: 'Beijing' }]);
  });

  it('surname-first short forms match through the gold aliases', () => {
    const gold = loadGold('001_election.json');
    const s = scoreArticle(gold, edit(perfect(gold), 'Kovács Bence', { name: 'Kovács', aliases: [] }));
    expect(s.missed).toEqual([]);
  });
});

describe('scoreArticle: events', () => {
  const event = (name: string, change: Partial<PredictedEntity>): PredictedEntity => ({ ...junk(name, 'event'), ...change });

  it('matches on participants, place or name tokens, not on exact names', () => {
    const base = without(perfect(SEED), 'Kerry-Xie climate talks', 'Biden-Xi meeting', 'Xi-Biden meeting in Indonesia', 'COP28');
    const s = scoreArticle(SEED, [
      ...base,
      event('climate talks', { date: '2023-11-08' }),
      event('Biden–Xi summit', { date: '2023-11-15', participants: ['joe-biden', 'xi-jinping'] }),
      event('G20 summit', { date: '2022', place: 'indonesia' }),
      event('UN climate summit', { aliases: ['COP28 summit'], date: '2023-11-30', place: 'united-arab-emirates' }),
    ]);
    expect(s.missed).toEqual([]);
    expect(s.spurious).toEqual([]);
  });

  it('tells the two Biden–Xi meetings apart by date', () => {
    const base = without(perfect(SEED), 'Biden-Xi meeting', 'Xi-Biden meeting in Indonesia');
    const both = ['joe-biden', 'xi-jinping'];
    const s = scoreArticle(SEED, [
      ...base,
      event('Xi-Biden talks', { date: '2022-11-14', participants: both }),
      event('Biden-Xi talks', { date: '2023-11-15', participants: both }),
    ]);
    expect(s.matches.filter((m) => m.type === 'event' && m.predicted.includes('talks')).map((m) => [m.gold, m.predicted])).toEqual(
      expect.arrayContaining([
        ['Biden-Xi meeting', 'Biden-Xi talks'],
        ['Xi-Biden meeting in Indonesia', 'Xi-Biden talks'],
      ]),
    );
  });

  it('an event on the right day with nothing in common is not a match', () => {
    const s = scoreArticle(SEED, [...without(perfect(SEED), 'Kerry-Xie climate talks'), event('Trade fair', { date: '2023-11-08' })]);
    expect(s.missed).toEqual([{ type: 'event', name: 'Kerry-Xie climate talks' }]);
    expect(s.spurious.map((e) => e.name)).toEqual(['Trade fair']);
  });

  it.each([
    [{ date: '2023-11-08' }, '2023-11-08', true],
    [{ date: '2023-11-08' }, '2023-11', true],
    [{ date: '2023-11-08' }, '2023-11-09', false],
    [{ date: '2023-11' }, '2023-11-30', true],
    [{ date: '2023-11' }, '2023-12-01', false],
    [{ date: '2022' }, '2022-11-14', true],
    [{ date: '2022' }, '2023', false],
    [{ date: '2023-01' }, '2023-10', false],
    [{ week: '2023-11-13' }, '2023-11-13', true],
    [{ week: '2023-11-13' }, '2023-11-19', true],
    [{ week: '2023-11-13' }, '2023-11-20', false],
    [{ week: '2023-11-13' }, '2023-11-09', false],
    [{ week: '2023-11-13' }, '2023-11', true],
    [{ week: '2025-12-29' }, '2026-01-02', true],
    [{ week: '2025-12-29' }, '2026', true],
    [{ date: '2023-11' }, undefined, false],
    [{}, undefined, true],
  ])('date %j vs %s → %s', (gold, predicted, ok) => {
    expect(dateCompatible(gold, predicted)).toBe(ok);
  });
});

describe('roleMatches', () => {
  it.each([
    [['US climate envoy'], 'US climate envoy', true],
    [['US climate envoy'], 'U.S. climate envoy', true],
    [['US climate envoy'], 'American climate envoy', true],
    [['US climate envoy'], 'climate envoy of the United States', true],
    [['US climate envoy'], 'climate envoy', true],
    [['US climate envoy'], 'Chinese climate envoy', false],
    [['US climate envoy'], 'envoy', false],
    [['Chinese Vice President'], 'Vice President of China', true],
    [['Chinese Vice President'], 'Chinese President', false],
    [['Chinese Vice President'], undefined, false],
    [['Chinese climate envoy', "Kerry's Chinese counterpart"], 'Kerry’s counterpart', true],
    [['Chinese climate envoy', 'counterpart of John Kerry'], 'John Kerry’s Chinese counterpart', true],
    [['Chinese leader'], 'leader of China', true],
  ])('%j vs %s → %s', (roles, description, ok) => {
    expect(roleMatches(roles, description, SEED)).toBe(ok);
  });

  it('an acronym and its expansion are the same word', () => {
    const gold = loadGold('003_final.json');
    expect(roleMatches(['chief executive of the International Cricket Council'], 'ICC chief executive', gold)).toBe(true);
    expect(roleMatches(['chief executive of the International Cricket Council'], 'BCCI chief executive', gold)).toBe(false);
  });
});

describe('scoreAll', () => {
  it('micro-averages over articles and takes article ids from the fact base', () => {
    const election = loadGold('001_election.json');
    const entities = [...perfect(SEED, 'seed-a'), ...without(perfect(election, 'election-b'), 'Vienna')];
    const s = scoreAll([SEED, election], {
      entities,
      articles: [
        { id: 'seed-a', file: SEED.file },
        { id: 'election-b', file: election.file },
      ],
    });
    const gold = [SEED, election].reduce((n, g) => n + g.entities.filter((e) => !e.optional).length, 0);
    expect(s.overall).toMatchObject({ gold, matched: gold - 1, predicted: gold - 1, precision: 1 });
    expect(s.overall.recall).toBeCloseTo((gold - 1) / gold);
    expect(s.articles.map((a) => a.missed.length)).toEqual([0, 1]);
  });

  it('an empty fact base scores zero, not NaN', () => {
    const s = scoreAll([SEED], { entities: [] });
    expect([s.overall.recall, s.overall.precision, s.overall.f1, s.roles.rate, s.eventDates.rate]).toEqual([0, 0, 0, 0, 0]);
    expect(formatScore(s)).toContain('overall');
  });

  it.each([
    ['000_eb919bbc4fd26729.txt', '000-eb919bbc4fd26729'],
    ['017_Lisbon Ferries.txt', '017-lisbon-ferries'],
    ['001_election.txt', '001-election'],
  ])('article id of %s is %s', (file, id) => {
    expect(articleIdOf(file)).toBe(id);
  });
});
