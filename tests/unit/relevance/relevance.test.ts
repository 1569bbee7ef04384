/**
 * Relevance on two invented stories of the same day that mention the same invented country on unrelated
 * subjects (tests/fixtures/relevance): the country's card puts different facts first on each, matching the
 * story, and never shows a fact from after the page as background.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardPageFor } from '../../../src/background/card-page';
import { cardModel } from '../../../src/card/view-model';
import { cardPayload } from '../../../src/card/payload';
import { validateFactBase } from '../../../src/factbase/validate';
import { compileMatcher } from '../../../src/matching/compile';
import { findMentions } from '../../../src/matching';
import { keyTerms, termOf } from '../../../src/nlp/key-terms';
import { buildFactIndex, pageContext, relatesToPage, scoreFacts } from '../../../src/relevance/relevance';
import { compareDates } from '../../../src/time/partial-date';
import { PAGE_DATE, relevanceFactBase as fb } from '../../fixtures/relevance/factbase';

const story = (name: string) => readFileSync(`tests/fixtures/relevance/${name}.txt`, 'utf8');
const matcher = compileMatcher(fb);
const idsOn = (text: string) => [...new Set(findMentions(matcher, text, { pageDate: PAGE_DATE }).map((m) => m.id))];
const entity = (id: string) => fb.entities.find((e) => e.id === id)!;
const factId = (text: string) => fb.entities[0]!.facts.findIndex((f) => f.text === text || `“${f.text}”` === text);

/** The country's card as the background builds it for a page, and as the card shows it. */
function cardOn(name: string, showLater = true) {
  const text = story(name);
  const page = cardPageFor(fb, entity('oskaland'), { pageDate: PAGE_DATE, pageIds: idsOn(text) }, { text, showLater, now: new Date('2026-01-01') });
  return cardModel(JSON.parse(JSON.stringify(cardPayload(fb, 'oskaland', page))), 'oskaland')!;
}
const texts = (facts: { text: string }[] | undefined) => (facts ?? []).map((f) => f.text);
const LATER_DEAL = 'Oskaland and Varnia signed a deal that ended the steel tariff dispute.';
const LATER_COACH = 'Pavel Istok left his post after Oskaland lost the Coastal Cup final.';

describe('key terms', () => {
  it('are content words said at least twice, plurals folded, stop words out', () => {
    const terms = keyTerms(story('trade'));
    expect(terms.slice(0, 3)).toEqual(expect.arrayContaining(['steel', 'tariff']));
    expect(terms).not.toContain('said');
    expect(terms).not.toContain('tuesday');
    expect(termOf('Tariffs')).toBe('tariff');
    expect(termOf('the')).toBeUndefined();
  });
});

describe('relevance of a country’s facts to two unrelated stories that mention it', () => {
  it('uses a valid fact base, and the matcher finds each story’s own names', () => {
    expect(() => validateFactBase(fb)).not.toThrow();
    expect(idsOn(story('trade')).sort()).toEqual(['ilse-brandt', 'oskaland', 'varnia']);
    expect(idsOn(story('football'))).toEqual(expect.arrayContaining(['oskaland', 'pavel-istok']));
  });

  it('the trade story puts the tariff facts first', () => {
    const card = cardOn('trade');
    expect(texts(card.facts).slice(0, 2).sort()).toEqual([
      'Ilse Brandt said Oskaland would defend its steel tariffs before the regional trade court.',
      'Oskaland raised tariffs on steel from Varnia, deepening a trade dispute between the neighbours.',
    ]);
    expect(texts(card.facts).join(' ')).not.toMatch(/Coastal Cup|squad/);
    expect(card.facts![0]!.relates!.names.length).toBeGreaterThan(0);
  });

  it('the football story puts the squad and the cup first', () => {
    const card = cardOn('football');
    expect(texts(card.facts).slice(0, 2).sort()).toEqual([
      'Oskaland beat Lenmark 2-1 to reach the last four of the Coastal Cup.',
      'Pavel Istok named a young squad for Oskaland, with four teenagers among the forwards.',
    ]);
    expect(texts(card.facts).join(' ')).not.toMatch(/tariff/);
  });

  it('the most relevant facts differ between the two stories', () => {
    const [trade, football] = [cardOn('trade'), cardOn('football')];
    expect(texts(trade.facts).slice(0, 2)).not.toEqual(expect.arrayContaining(texts(football.facts).slice(0, 2)));
  });

  it('shows three facts and keeps the rest behind “More”, every background fact exactly once', () => {
    const card = cardOn('trade');
    expect(card.facts).toHaveLength(3);
    const background = [...texts(card.facts), ...texts(card.moreFacts)];
    expect(background).toHaveLength(7);
    expect(new Set(background).size).toBe(7);
  });

  it.each(['trade', 'football'])('never shows a fact dated after the page as background (%s)', (name) => {
    const card = cardOn(name);
    for (const fact of [...(card.facts ?? []), ...(card.moreFacts ?? [])]) {
      expect(compareDates(fact.iso, PAGE_DATE)).not.toBe('after');
      expect(factId(fact.text)).toBeGreaterThanOrEqual(0);
    }
    expect(texts(card.facts)).not.toContain(LATER_DEAL);
    expect(texts(card.moreFacts)).not.toContain(LATER_DEAL);
    expect(texts(card.later)).toEqual([LATER_DEAL, LATER_COACH]);
  });

  it('with later facts switched off, only counts them', () => {
    const card = cardOn('trade', false);
    expect(card.later).toBeUndefined();
    expect(card.laterHidden).toBe(2);
  });

  it('a fact of the page’s names scores above one that only shares words, which scores above none', () => {
    const text = story('trade');
    const page = pageContext(idsOn(text), text);
    const scores = scoreFacts(entity('oskaland'), page, buildFactIndex(fb.entities));
    const byText = new Map(entity('oskaland').facts.map((f, i) => [f.text, scores[i]!]));
    expect(byText.get('Oskaland raised tariffs on steel from Varnia, deepening a trade dispute between the neighbours.')!.ids).toEqual(['varnia']);
    expect(byText.get('Floods along the Meren river forced thousands in Oskaland from their homes.')!.score).toBe(0);
    expect(byText.get('The central bank of Oskaland held interest rates steady for a third month.')!.score).toBe(0);
  });
});

describe('a name whose background has nothing to do with the page', () => {
  const unrelated = 'Weather: rain is expected across Oskaland this weekend, with heavy showers in the hills and rain again on Monday.';

  it('gets an honest short card: a note, no facts first, its background behind “More”', () => {
    const page = cardPageFor(fb, entity('oskaland'), { pageDate: PAGE_DATE, pageIds: ['oskaland'] }, { text: unrelated, showLater: true, now: new Date() });
    const card = cardModel(cardPayload(fb, 'oskaland', page)!, 'oskaland')!;
    expect(card.facts).toBeUndefined();
    expect(card.moreFacts).toHaveLength(7);
    expect(card.notes).toContain('Nothing the archive holds on Oskaland relates to this page.');
  });

  it('is not marked under “Only mark names with background that relates to this page”', () => {
    const index = buildFactIndex(fb.entities);
    expect(relatesToPage(entity('oskaland'), pageContext(['oskaland'], unrelated), index, PAGE_DATE)).toBe(false);
    const trade = story('trade');
    expect(relatesToPage(entity('oskaland'), pageContext(idsOn(trade), trade), index, PAGE_DATE)).toBe(true);
    // background only: on a page from before the archive's facts, nothing relates
    expect(relatesToPage(entity('oskaland'), pageContext(idsOn(trade), trade), index, '2020-01-01')).toBe(false);
  });
});
