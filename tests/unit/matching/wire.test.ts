import { describe, expect, it } from 'vitest';
import { decodeMentions, encodeMentions, findMentions, nameMentions } from '../../../src/matching/index';
import { prepareMatcher } from '../../../src/matching/load';
import { compiled } from './fixture';

const loaded = prepareMatcher(compiled);

const TEXT =
  'US climate envoy John Kerry met Xie Zhenhua in Beijing. Kerry said the COP28 talks would be hard. ' +
  'In Washington, officials said Kerry would report to Joe Biden.';
const named = () => nameMentions(loaded, findMentions(compiled, TEXT, { pageDate: '2023-11-10' }));

describe('mentions on the wire (background → content script)', () => {
  it('round-trips every field, through JSON as a message does', () => {
    const mentions = named();
    expect(mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(
      expect.arrayContaining(['US', 'John Kerry', 'Xie Zhenhua', 'Beijing', 'Kerry', 'COP28', 'Washington', 'Joe Biden']),
    );
    const back = decodeMentions(JSON.parse(JSON.stringify(encodeMentions(mentions))), TEXT.length);
    // `entity` becomes the position in the message's own entity list; everything else is unchanged
    expect(back.map(({ entity: _, ...m }) => m)).toEqual(mentions.map(({ entity: _, ...m }) => m));
    expect(back.find((m) => m.id === 'cop28')).toMatchObject({ type: 'event', eventDate: '2023-11', name: 'COP28' });
  });

  it('sends each entity and each evidence string once, and five numbers per mention', () => {
    const mentions = named();
    const wire = encodeMentions(mentions);
    expect(wire.entities.map((e) => e[0]).sort()).toEqual([...new Set(mentions.map((m) => m.id))].sort());
    expect(new Set(wire.evidence).size).toBe(wire.evidence.length);
    expect(wire.spans).toHaveLength(mentions.length * 5);
    expect(decodeMentions(encodeMentions([]), 0)).toEqual([]);
  });

  it.each([
    ['not an object', null],
    ['missing arrays', { entities: [] }],
    ['a span cut short', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0, 1, 0, 0] }],
    ['an offset past the text', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0, 99, 0, 0, -1] }],
    ['spans out of order', { entities: [['a', 'A', 0, '']], evidence: [], spans: [5, 6, 0, 0, -1, 1, 2, 0, 0, -1] }],
    ['an empty span', { entities: [['a', 'A', 0, '']], evidence: [], spans: [3, 3, 0, 0, -1] }],
    ['an unknown entity', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0, 1, 1, 0, -1] }],
    ['an unknown type', { entities: [['a', 'A', 7, '']], evidence: [], spans: [0, 1, 0, 0, -1] }],
    ['an unknown reason', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0, 1, 0, 42, -1] }],
    ['missing evidence', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0, 1, 0, 0, 0] }],
    ['a fractional offset', { entities: [['a', 'A', 0, '']], evidence: [], spans: [0.5, 1, 0, 0, -1] }],
  ])('refuses %s', (_, value) => {
    expect(() => decodeMentions(value, 10)).toThrow(/^bad mentions from the background/);
  });
});
