import { describe, expect, it } from 'vitest';
import { validateFactBase } from '../../../src/factbase/validate';
import { formatDate, trimText } from '../../../src/card/format';
import { MAX_RELATED, cardModel, cardPayload } from '../../../src/card/view-model';
import { parseCardPayload } from '../../../src/card/payload-schema';
import { fb } from './fixture';

describe('cardModel', () => {
  it('uses a valid fact base', () => {
    expect(() => validateFactBase(fb)).not.toThrow();
  });

  it('returns undefined for an unknown id', () => {
    expect(cardModel(fb, 'nobody')).toBeUndefined();
  });

  it('without a page, lists the latest facts first, each once, quotes as quotes with their speaker, pledges with targets', () => {
    const m = cardModel(fb, 'mara-veldt')!;
    expect(m.facts!.map((f) => f.iso)).toEqual(['2023-09-20', '2023-05-02', '2023-01-10']);
    expect(m.moreFacts).toBeUndefined();
    const [pledge, statement, quote] = m.facts!;
    expect(quote).toMatchObject({ kind: 'quote', text: '“We will not wait”', speaker: { id: 'mara-veldt', name: 'Mara Veldt' } });
    expect(statement!.speaker).toBeUndefined();
    expect(pledge).toMatchObject({ kind: 'pledge', targets: ['2030', '2040'] });
    expect(quote!.date).toBe('10 January 2023');
  });

  it('cites the headline, else the lead trimmed to about 120 characters, with dateline and date', () => {
    const [, second, first] = cardModel(fb, 'mara-veldt')!.facts!;
    expect(first!.citation).toEqual({
      article: 'a1', sentence: '“We will not wait,” Veldt said.', title: 'Veldt opens harbour talks', dateline: 'ELSBY', date: '10 January 2023',
    });
    const title = second!.citation.title!;
    expect(title.startsWith('Harbour officials in Elsby said')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    expect(second!.citation.dateline).toBe('PORT ELSBY');
  });

  it('resolves an event’s date, place and participants', () => {
    const m = cardModel(fb, 'tidewater-summit')!;
    expect(m).toMatchObject({
      type: 'event',
      typeLabel: 'Event',
      date: '15 November 2023',
      place: { id: 'port-elsby', name: 'Port Elsby', type: 'place' },
    });
    expect(m.participants!.map((p) => p.id)).toEqual(['mara-veldt', 'harbour-authority']);
  });

  it.each([
    ['2023-11-15', '15 November 2023'],
    ['2023-11-05', '5 November 2023'],
    ['2023-11', 'November 2023'],
    ['2023', '2023'],
    ['2023-13', '2023-13'],
    ['soon', 'soon'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('formats event dates at their precision', () => {
    expect(cardModel(fb, 'norvik-forum')!.date).toBe('March 2024');
    expect(cardModel(fb, 'old-accord')!.date).toBe('2019');
  });

  it('omits empty fields', () => {
    const m = cardModel(fb, 'quiet-co', { reason: '   ' })!;
    expect(m).toEqual({ id: 'quiet-co', name: 'Quiet Co', type: 'organization', typeLabel: 'Organisation', articleCount: 0 });
  });

  it('caps related names, most often together first, and keeps the link reason', () => {
    const m = cardModel(fb, 'mara-veldt', { reason: '“Veldt” alone: the page also names Port Elsby.' })!;
    expect(m.related).toHaveLength(MAX_RELATED);
    expect(m.related!.map((r) => r.id)).toEqual(['r2', 'tidewater-summit', 'r8', 'r7', 'r6', 'r5', 'r4', 'r3']);
    expect(m.articleCount).toBe(4);
    expect(m.linkReason).toBe('“Veldt” alone: the page also names Port Elsby.');
  });

  it('skips names it cannot resolve instead of showing ids', () => {
    const partial = { ...fb, entities: fb.entities.filter((e) => e.id !== 'harbour-authority' && e.id !== 'mara-veldt') };
    const m = cardModel(partial, 'tidewater-summit')!;
    expect(m.participants).toBeUndefined();
    expect(m.related).toBeUndefined();
  });

  it('trims at a word boundary', () => {
    expect(trimText('short')).toBe('short');
    expect(trimText('one two three four', 10)).toBe('one two…');
  });
});

describe('cardPayload', () => {
  it.each(fb.entities.map((e) => e.id))('gives the same model as the whole fact base for %s', (id) => {
    const payload = cardPayload(fb, id)!;
    const link = { reason: 'because' };
    expect(cardModel(payload, id, link)).toEqual(cardModel(fb, id, link));
    expect(cardModel(JSON.parse(JSON.stringify(payload)), id)).toEqual(cardModel(fb, id));
  });

  it('holds only what the card needs', () => {
    const payload = cardPayload(fb, 'tidewater-summit')!;
    expect(payload.articles.map((a) => a.id)).toEqual(['a4']);
    expect(payload.articles[0]).not.toHaveProperty('file');
    expect(payload.entities.map((e) => e.id).sort()).toEqual(['harbour-authority', 'mara-veldt', 'port-elsby', 'tidewater-summit']);
    expect(payload.entities.find((e) => e.id === 'mara-veldt')).toEqual({ id: 'mara-veldt', type: 'person', name: 'Mara Veldt' });
    expect(payload.entities[0]).not.toHaveProperty('aliases');
    expect(cardPayload(fb, 'nobody')).toBeUndefined();
  });
});

describe('parseCardPayload', () => {
  it('accepts every payload the background builds', () => {
    for (const e of fb.entities) expect(parseCardPayload(JSON.parse(JSON.stringify(cardPayload(fb, e.id))))).toEqual(cardPayload(fb, e.id));
  });

  // biome-ignore lint/suspicious/noExplicitAny: the point is to write what the schema forbids
  type Poisonable = any;
  it.each([
    ['an unknown field', (p: Poisonable) => (p.entities[0].html = '<b>x</b>')],
    ['a bad id', (p: Poisonable) => (p.entities[0].id = '<img src=x>')],
    ['a bad type', (p: Poisonable) => (p.entities[0].type = 'weapon')],
    ['an oversized text', (p: Poisonable) => (p.entities[0].description = 'x'.repeat(5000))],
    ['a missing name', (p: Poisonable) => delete p.entities[1].name],
    ['a __proto__ key', (p: Poisonable) => (p.articles[0] = JSON.parse('{"__proto__": {"polluted": 1}, "id": "a4"}'))],
  ])('rejects %s', (_, poison) => {
    const payload = JSON.parse(JSON.stringify(cardPayload(fb, 'tidewater-summit')));
    poison(payload);
    expect(parseCardPayload(payload)).toBeUndefined();
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});
