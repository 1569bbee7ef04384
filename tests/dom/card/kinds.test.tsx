/** Every kind of name, agreements and awards included, has its words and its chip colour in the card. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../src/card/card';
import { TYPE_GROUP, TYPE_LABEL, TYPE_NOUN, TYPE_ORDER } from '../../../src/card/labels';
import { CARD_CSS, CHIP_COLOURS } from '../../../src/card/styles';
import { cardModel } from '../../../src/card/view-model';
import { ENTITY_TYPES, type EntityType } from '../../../src/factbase/kinds';
import type { Entity } from '../../../src/factbase/schema';
import { luminance, parseColor } from '../../../src/page/theme';
import { fb } from './fixture';

afterEach(cleanup);

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(parseColor(a)!), luminance(parseColor(b)!)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
/** The card's text colour per theme, as its stylesheet declares it. */
const fg = (theme: 'light' | 'dark') => [...CARD_CSS.matchAll(/--nc-fg: (#[\da-f]{6});/g)].map((m) => m[1]!)[theme === 'light' ? 0 : 1]!;

describe('words for every kind', () => {
  it('lists group the kinds in the fact base’s order, agreements and awards after events', () => {
    expect(TYPE_ORDER).toEqual(ENTITY_TYPES);
    expect(TYPE_ORDER.slice(-3)).toEqual(['event', 'agreement', 'award']);
  });

  it.each([
    ['agreement', 'Agreement', 'Agreements', 'agreement'],
    ['award', 'Award', 'Awards', 'award'],
  ] as const)('%s: "%s" on the chip, "%s" over a group, "%s" in a sentence', (type, label, group, noun) => {
    expect([TYPE_LABEL[type], TYPE_GROUP[type], TYPE_NOUN[type]]).toEqual([label, group, noun]);
  });

  it.each([
    ['chip labels', TYPE_LABEL],
    ['group headings', TYPE_GROUP],
    ['nouns', TYPE_NOUN],
  ])('%s: one distinct word per kind', (_name, words) => {
    const all = ENTITY_TYPES.map((t) => words[t]);
    expect(all.every((w) => w.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(ENTITY_TYPES.length);
  });
});

describe('chips for every kind', () => {
  it.each(['light', 'dark'] as const)('%s: a background of its own per kind, the card’s text readable on it (4.5:1)', (theme) => {
    const colours = ENTITY_TYPES.map((t) => CHIP_COLOURS[theme][t]);
    expect(new Set(colours).size).toBe(ENTITY_TYPES.length);
    for (const t of ENTITY_TYPES) {
      expect(CARD_CSS).toContain(`--nc-${t}: ${CHIP_COLOURS[theme][t]};`);
      expect(contrast(CHIP_COLOURS[theme][t], fg(theme)), t).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('each kind’s chip class uses its colour', () => {
    for (const t of ENTITY_TYPES) expect(CARD_CSS).toContain(`.chip-${t} { background: var(--nc-${t}); }`);
  });
});

describe('the card of an agreement and of an award', () => {
  const stub = (id: string, type: EntityType, name: string, description: string): Entity => ({
    id, type, name, description, aliases: [], facts: [], related: [], articles: ['a1'], firstSeen: '2023-01-10', lastSeen: '2023-01-10',
  });
  const withKinds = {
    ...fb,
    entities: [
      ...fb.entities,
      stub('elsby-harbour-accord', 'agreement', 'Elsby Harbour Accord', 'pact on shared harbour dues'),
      stub('tidewater-medal', 'award', 'Tidewater Medal', 'prize for harbour engineering'),
    ],
  };

  it.each([
    ['elsby-harbour-accord', 'Elsby Harbour Accord', 'Agreement', 'agreement'],
    ['tidewater-medal', 'Tidewater Medal', 'Award', 'award'],
  ])('%s: its kind on the chip, in the kind’s colour', (id, name, label, type) => {
    const { container } = render(<Card model={cardModel(withKinds, id)!} onRelated={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name })).toBeTruthy();
    const chip = container.querySelector('.chip')!;
    expect(chip.textContent).toBe(label);
    expect(chip.classList.contains(`chip-${type}`)).toBe(true);
  });
});
