/** The card's links into the archive pages: "Open in archive" and each fact's sentence. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Card } from '../../../src/card/card';
import type { CardLinks } from '../../../src/card/links';
import { cardModel } from '../../../src/card/view-model';
import { fb } from './fixture';

afterEach(cleanup);

const links = (extra: Partial<CardLinks> = {}): CardLinks => ({
  entity: (id) => `ext:/archive.html#/entity/${id}`,
  article: (article, sentence) => `ext:/archive.html#/article/${article}/${sentence?.length ?? 0}`,
  ...extra,
});

const renderCard = (l?: CardLinks) =>
  render(<Card model={cardModel(fb, 'mara-veldt')!} onRelated={() => {}} onClose={() => {}} {...(l ? { links: l } : {})} />);

describe('Card links into the archive', () => {
  it('has none without links', () => {
    const { container } = renderCard();
    expect(container.querySelector('a')).toBeNull();
  });

  it('links the entity page and each fact to its sentence in its article', () => {
    const { container } = renderCard(links());
    const open = screen.getByRole('link', { name: 'Open in archive' }) as HTMLAnchorElement;
    expect(open.getAttribute('href')).toBe('ext:/archive.html#/entity/mara-veldt');
    expect(open.getAttribute('target')).toBeNull(); // followed in the card's own tab (the archive pages)
    const facts = [...container.querySelectorAll('.fact')];
    const hrefs = facts.map((li) => li.querySelector('a')?.getAttribute('href'));
    const sentence = '“We will not wait,” Veldt said.';
    const quote = facts.findIndex((li) => li.textContent?.includes('We will not wait'));
    expect(hrefs[quote]).toBe(`ext:/archive.html#/article/a1/${sentence.length}`);
    expect(hrefs.every((h) => h?.startsWith('ext:/archive.html#/article/'))).toBe(true);
  });

  it('opens in a new tab where asked (the popup)', () => {
    renderCard(links({ newTab: true }));
    expect(screen.getByRole('link', { name: 'Open in archive' }).getAttribute('target')).toBe('_blank');
  });

  it('hands the address to `open` instead of following it (a card on a web page)', () => {
    const open = vi.fn();
    renderCard(links({ open }));
    const link = screen.getByRole('link', { name: 'Open in archive' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(open).toHaveBeenCalledWith('ext:/archive.html#/entity/mara-veldt');
    expect(event.defaultPrevented).toBe(true);
  });
});
