/**
 * The card relative to the page's date: background and "Later, after this article" (closed), roles as of the
 * page (held, former, history), the archive's latest word when old, a page older than the archive, events
 * upcoming or past, "More".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Card } from '../../../src/card/card';
import type { CardPage } from '../../../src/card/payload';
import { cardModel } from '../../../src/card/view-model';
import { relevanceFactBase as rfb } from '../../fixtures/relevance/factbase';
import { fb } from './fixture';

afterEach(cleanup);

const page = (asOf: string, more: Partial<CardPage> = {}): CardPage => ({ asOf, fromPage: true, later: 'collapsed', ...more });
const show = (source: Parameters<typeof cardModel>[0], id: string, p: CardPage) => {
  const model = cardModel(source, id, { page: p })!;
  return { model, ...render(<Card model={model} onRelated={vi.fn()} onClose={vi.fn()} />) };
};
const factTexts = (root: Element | null | undefined) => [...(root?.querySelectorAll('.fact-text') ?? [])].map((p) => p.textContent);

describe('the card as of the page’s date', () => {
  it('keeps facts after the page under a closed “Later, after this article”, never in the background', () => {
    const { container, model } = show(fb, 'mara-veldt', page('2023-06-01'));
    expect(model.facts!.map((f) => f.iso)).toEqual(['2023-05-02', '2023-01-10']);
    const later = container.querySelector('details.later') as HTMLDetailsElement;
    expect(later.open).toBe(false);
    expect(later.querySelector('summary')!.textContent).toBe('Later, after this article (1)');
    expect(factTexts(later)).toEqual(['Veldt pledged clean ports by 2030 and zero waste by 2040.']);
    const background = [...container.querySelectorAll('.timeline > .facts .fact-text, details.more .fact-text')].map((p) => p.textContent);
    expect(background).not.toContain('Veldt pledged clean ports by 2030 and zero waste by 2040.');
    expect(screen.getByText(/As of this page/).textContent).toBe('As of this page: 1 June 2023');
  });

  it('says in one line when the page is older than everything the archive holds, with no background', () => {
    const { container, model } = show(fb, 'mara-veldt', page('2022-12'));
    expect(model.facts).toBeUndefined();
    expect(model.moreFacts).toBeUndefined();
    expect(container.querySelector('.note')!.textContent).toBe(
      'This page is older than anything the archive holds on Mara Veldt: its first mention is from 10 January 2023.',
    );
    expect(container.querySelector('.section-title')!.textContent).toBe('In the archive');
    expect(factTexts(container.querySelector('details.later'))).toHaveLength(3);
  });

  it('counts later facts instead of listing them when the reader hides them', () => {
    const { container } = show(fb, 'mara-veldt', page('2023-06-01', { later: 'hidden' }));
    expect(container.querySelector('details.later')).toBeNull();
    expect(screen.getByText('1 later fact is hidden (see the options).')).toBeTruthy();
  });

  it('says how old the archive’s latest word is when it is more than a year before the page', () => {
    const { container } = show(fb, 'mara-veldt', page('2025-03-01'));
    expect(container.querySelector('.note')!.textContent).toBe("The archive's latest on Mara Veldt is from November 2023.");
    cleanup();
    const recent = show(fb, 'mara-veldt', page('2024-03-01'));
    expect(recent.container.querySelector('.note')).toBeNull();
  });

  it('keeps the background beyond three facts behind “More”', () => {
    const { container } = show(rfb, 'oskaland', page('2023-09-12'));
    expect(container.querySelectorAll('.timeline > .facts > .fact')).toHaveLength(3);
    const more = container.querySelector('details.more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('More (4)');
  });
});

describe('roles as of the page’s date', () => {
  it('shows the role held then, as of a date, and the history', () => {
    const { container } = show(rfb, 'ilse-brandt', page('2023-09-12'));
    expect(container.querySelector('.desc')!.textContent).toBe('Oskaland trade minister (as of 10 April 2023)');
    expect([...container.querySelectorAll('.role')].map((li) => li.textContent)).toEqual([
      'Oskaland deputy trade minister (until 1 June 2022)',
      'Oskaland trade minister (as of 10 April 2023)',
    ]);
  });

  it('shows a role ended by the page as former, until its end', () => {
    const { container } = show(rfb, 'pavel-istok', page('2024-09-01'));
    expect(container.querySelector('.desc')!.textContent).toBe('former Oskaland football coach (until 20 July 2024)');
    expect(container.querySelector('.roles')).toBeNull(); // one role: no history
  });

  it('does not describe a person by a role that began after the page', () => {
    const { container, model } = show(rfb, 'ilse-brandt', page('2021-01-01'));
    expect(model.description).toBeUndefined();
    expect(container.querySelector('.role-later')!.textContent).toBe('Oskaland deputy trade minister (from 1 February 2021, after this page)');
  });

  it('without a page date (today), still dates the role', () => {
    const model = cardModel(rfb, 'ilse-brandt', { page: page('2026-01-01', { fromPage: false }) })!;
    expect([model.description, model.descriptionWhen]).toEqual(['Oskaland trade minister', 'as of 10 April 2023']);
    expect(model.asOf).toEqual({ date: '1 January 2026', iso: '2026-01-01', fromPage: false });
  });
});

describe('events relative to the page', () => {
  it.each([
    ['2023-09-12', 'Upcoming · 16 September 2023'],
    ['2023-09-20', 'Past · 16 September 2023'],
    ['2023-09-16', "On this page's date · 16 September 2023"],
    ['2023-09', "Around this page's date · 16 September 2023"],
  ])('on a page of %s: %s', (asOf, line) => {
    const { container } = show(rfb, 'coastal-cup', page(asOf));
    expect(container.querySelector('.event')!.textContent).toBe(line);
  });
});
