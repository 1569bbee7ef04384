/** The archive pages' view models over an invented fact base. */
import { describe, expect, it } from 'vitest';
import { articleView } from '../../../src/archive-pages/article-model';
import { entityView } from '../../../src/archive-pages/entity-model';
import { homeView } from '../../../src/archive-pages/home-model';
import { searchView } from '../../../src/archive-pages/search-model';
import { sentenceKey } from '../../../src/factbase/sentence-key';
import { ARTICLE, fb, S, texts } from './fixture';

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
