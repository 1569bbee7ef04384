/** The archive pages' view models over an invented fact base. */
import { describe, expect, it } from 'vitest';
import { articleView } from '../../../src/archive-pages/article-model';
import { entityView } from '../../../src/archive-pages/entity-model';
import { homeView } from '../../../src/archive-pages/home-model';
import { searchView } from '../../../src/archive-pages/search-model';
import { sentenceKey } from '../../../src/factbase/sentence-key';
import { ARTICLE, fb, READER, readerData, S, texts } from './fixture';

describe('entityView', () => {
  it('gives identity, roles, a timeline by date and article, quotes and the articles', () => {
    const v = entityView(fb, 'ines-vale')!;
    expect(v).toMatchObject({ name: 'Ines Vale', typeLabel: 'Person', description: 'Mayor of Porto Lindo', aliases: ['Vale'] });
    expect(v.roles).toEqual([{ text: 'Mayor of Porto Lindo', when: '1 February 2024' }]);
    expect(v.timeline).toHaveLength(1);
    expect(v.timeline[0]!.date).toBe('1 February 2024');
    expect(v.timeline[0]!.articles.map((a) => [a.article.id, a.facts.length])).toEqual([[ARTICLE.first, 3]]);
    expect(v.quotes).toEqual([
      expect.objectContaining({ quote: 'We will not leave the islands waiting', sentence: S.quote, speaker: expect.objectContaining({ id: 'ines-vale' }) }),
    ]);
    expect(v.articles.map((a) => a.id)).toEqual([ARTICLE.first]);
  });

  it('puts events apart from other related names, including events it takes part in or hosts', () => {
    const vale = entityView(fb, 'ines-vale')!;
    expect(vale.related.map((r) => r.id)).toEqual(['porto-lindo', 'harbour-board']);
    expect(vale.events.map((r) => r.id)).toEqual(['porto-lindo-ferry-summit-2024']);
    // the place is not related to the summit in the fixture, but hosts it
    expect(entityView(fb, 'porto-lindo')!.events.map((r) => r.id)).toEqual(['porto-lindo-ferry-summit-2024']);
    const summit = entityView(fb, 'porto-lindo-ferry-summit-2024')!;
    expect(summit).toMatchObject({ date: '12 March 2024', place: { id: 'porto-lindo' }, participants: [{ id: 'ines-vale' }] });
  });

  it('groups facts by day, oldest first, and knows no unknown id', () => {
    const place = entityView(fb, 'porto-lindo')!;
    expect(place.timeline.map((d) => d.iso)).toEqual(['2024-02-01', '2024-03-20']);
    expect(place.timeline[1]!.articles[0]!.article.title).toBe('Bridge reopens after repairs');
    expect(entityView(fb, 'nobody')).toBeUndefined();
  });
});

describe('articleView', () => {
  it('gives the blocks with one anchor per sentence and the names by kind', () => {
    const v = articleView(fb, texts, ARTICLE.first)!;
    expect(v.title).toBe(S.vote); // no headline: the lead (short enough to be whole), as the card cites it
    expect(v.blocks!.map((b) => b.kind)).toEqual(['body', 'headline', 'body']);
    expect(v.blocks![0]!.sentences[0]).toEqual({ text: S.vote, anchor: sentenceKey(S.vote) });
    expect(v.names.map((n) => n.type)).toEqual(['person', 'organization', 'place', 'event']);
  });

  it('still shows an article whose text the build lacks, and nothing for an unknown id', () => {
    expect(articleView(fb, undefined, ARTICLE.second)!.blocks).toBeUndefined();
    expect(articleView(fb, texts, 'a-missing')).toBeUndefined();
  });
});

describe('searchView and homeView', () => {
  it('finds names by alias and facts by words', () => {
    const v = searchView(fb, 'vale');
    expect(v.names.map((n) => n.id)).toEqual(['ines-vale']);
    expect(v.names[0]!.description).toBe('Mayor of Porto Lindo');
    expect(searchView(fb, 'bridge reopened').facts.map((f) => [f.text, f.article.id])).toEqual([[S.bridge, ARTICLE.second]]);
  });

  it('lists articles newest first and names by kind', () => {
    const v = homeView(fb);
    expect(v.articles.map((a) => a.id)).toEqual([ARTICLE.second, ARTICLE.first]);
    expect(v.groups.map((g) => g.label)).toEqual(['People', 'Organisations', 'Places', 'Events']);
  });
});

describe("the reader's own archive in the models", () => {
  it("lists the reader's articles apart on the front page, newest first, with headline and site", () => {
    const { fb: merged, reader } = readerData();
    const v = homeView(merged, reader);
    expect(v.yours.map((a) => a.id)).toEqual([READER.strike, READER.winter]); // by date: the older one was saved later
    expect(v.yours[0]).toMatchObject({ title: READER.headline, site: 'news.example', url: READER.url, mine: true, date: '5 April 2024' });
    expect(v.yours[1]!.title).toBe('A quiet winter on the coast.'); // saved without a headline: its lead
    expect(v.articles.map((a) => a.id)).toEqual([ARTICLE.second, ARTICLE.first]);
    expect(v.articles.some((a) => a.mine)).toBe(false);
    expect(homeView(fb).yours).toEqual([]);
  });

  it("gives a reader article's page its text, its mark and its address", () => {
    const { fb: merged, texts: all, reader } = readerData();
    const v = articleView(merged, all, READER.strike, reader)!;
    expect(v).toMatchObject({ title: READER.headline, mine: true, url: READER.url, site: 'news.example', dateline: 'PORTO LINDO' });
    expect(v.blocks!.flatMap((b) => b.sentences.map((x) => x.text))).toEqual([S.strike, S.after]);
    expect(v.names.map((n) => n.id)).toEqual(['tova-sund', 'porto-lindo']);
    // a bundled article is not the reader's
    expect(articleView(merged, all, ARTICLE.first, reader)!.mine).toBeUndefined();
  });

  it('gives a name only the reader knows its page, marked as theirs, and cites their article', () => {
    const { fb: merged, reader } = readerData();
    const v = entityView(merged, 'tova-sund', reader)!;
    expect(v).toMatchObject({ name: 'Tova Sund', mine: true });
    expect(v.articles).toEqual([expect.objectContaining({ id: READER.strike, title: READER.headline, mine: true })]);
    expect(v.timeline[0]!.articles[0]!.facts.map((f) => f.text)).toEqual([S.strike]);
    // a name the bundled archive knows as well is not "only yours", but cites the reader's article among the others
    const place = entityView(merged, 'porto-lindo', reader)!;
    expect(place.mine).toBeUndefined();
    expect(place.articles.map((a) => [a.id, a.mine ?? false])).toEqual([[ARTICLE.first, false], [ARTICLE.second, false], [READER.strike, true]]);
  });

  it("finds the reader's names, articles by their headline or site, and their sentences", () => {
    const { fb: merged, reader } = readerData();
    expect(searchView(merged, 'sund', reader).names.map((n) => n.id)).toEqual(['tova-sund']);
    expect(searchView(merged, 'crews walk', reader).articles.map((a) => [a.id, a.mine])).toEqual([[READER.strike, true]]);
    expect(searchView(merged, 'news.example', reader).articles.map((a) => a.id)).toEqual([READER.strike]);
    const facts = searchView(merged, 'strike', reader).facts;
    expect(facts.map((f) => [f.text, f.article.id, f.article.mine])).toEqual([[S.strike, READER.strike, true]]);
    // the bundled articles are found by their titles too
    expect(searchView(fb, 'bridge reopens').articles.map((a) => a.id)).toEqual([ARTICLE.second]);
  });
});

