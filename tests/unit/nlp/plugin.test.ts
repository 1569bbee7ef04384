import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { GATHERINGS, ROLE_HEADS } from '../../../src/nlp/lexicon';
import { NEWS_WORDS_HOOK, WORD_TAGS } from '../../../src/nlp/plugin';
import { parse, tokenize } from '../../../src/nlp/tokens';

const TEXT = 'The OECS summit ended as Foreign Minister Ada Okafor said the Summit’s talks had stalled.';
const tagsOf = (text: string) => tokenize(parse(text), text)[0]!.tokens.map((t) => [t.text, [...t.tags]] as const);

describe('the news-words plugin', () => {
  it('tags each word of our lists with the list’s tag, possessives included', () => {
    const tags = new Map(tagsOf(TEXT));
    expect(tags.get('summit')).toEqual(expect.arrayContaining(['EventHead', 'Gathering', 'MeetingNoun']));
    expect(tags.get('Summit')).toEqual(expect.arrayContaining(['Gathering']));
    expect(tags.get('Minister')).toContain('RoleHead');
    expect(tags.get('Foreign')).toContain('TitleModifier');
    expect(tags.get('said')).toContain('SpeechVerb');
    expect(tags.get('Okafor')).not.toContain('RoleHead');
  });

  it('adds to compromise’s tags and changes none of them', () => {
    const ours = new Set(Object.keys(WORD_TAGS));
    tagsOf(TEXT); // registers the plugins
    const withoutOurs = nlp.tokenize(TEXT).compute(nlp.hooks().filter((h: string) => h !== NEWS_WORDS_HOOK));
    const plain = (withoutOurs.json() as { terms: { tags: string[] }[] }[])[0]!.terms.map((t) => [...t.tags].sort());
    const withPlugin = tagsOf(TEXT).map(([, tags]) => tags.filter((t) => !ours.has(t)).sort());
    // compromise's own tags, word by word, are the same with the plugin as without it
    expect(withPlugin).toEqual(plain);
  });

  it('makes the tags usable in compromise match patterns', () => {
    expect(parse(TEXT).match('#Organization #Gathering').text()).toBe('OECS summit');
  });

  it('covers every list it names', () => {
    expect(WORD_TAGS.Gathering).toBe(GATHERINGS);
    expect(WORD_TAGS.RoleHead).toBe(ROLE_HEADS);
  });
});
