import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Card } from '../../../src/card/card';
import { cardModel } from '../../../src/card/view-model';
import { BIDI, HOSTILE, fb } from './fixture';

afterEach(cleanup);

const renderCard = (id: string, reason?: string) => {
  const onRelated = vi.fn();
  const onClose = vi.fn();
  const model = cardModel(fb, id, reason ? { reason } : undefined)!;
  const view = render(<Card model={model} onRelated={onRelated} onClose={onClose} theme="dark" />);
  return { ...view, onRelated, onClose, model };
};

describe('Card', () => {
  it('is a dialog labelled by the name and described by the description', () => {
    renderCard('mara-veldt');
    const dialog = screen.getByRole('dialog', { name: 'Mara Veldt' });
    const desc = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(desc?.textContent).toBe('Harbour minister of Oskaland');
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(dialog.dataset.theme).toBe('dark');
  });

  it('shows the type, facts with citations, related names and the article count', () => {
    const { container } = renderCard('mara-veldt', 'The page also names Port Elsby.');
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('From the archive')).toBeTruthy();
    const facts = [...container.querySelectorAll('.fact')].map((li) => li.textContent);
    expect(facts).toHaveLength(3);
    expect(facts[2]).toContain('“We will not wait” — Mara Veldt');
    expect(facts[2]).toContain('10 January 2023 · ELSBY · Veldt opens harbour talks');
    expect(facts[0]).toContain('Targets: 2030, 2040');
    expect(container.querySelectorAll('.related button')).toHaveLength(8);
    expect(screen.getByText('4 archive articles')).toBeTruthy();
    expect(screen.getByText(/Why this link: The page also names Port Elsby\./)).toBeTruthy();
  });

  it('shows an event line and leaves out what is empty', () => {
    const { container } = renderCard('tidewater-summit');
    expect(container.querySelector('.event')?.textContent).toMatch(/^15 November 2023 · Port Elsby · Mara Veldt, Harbour Authority/);
    expect(screen.getByRole('dialog').hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByText('1 archive article')).toBeTruthy();
    cleanup();
    const quiet = renderCard('quiet-co');
    expect(quiet.container.querySelector('.facts, .related, .event, .desc, .foot')).toBeNull();
  });

  it('calls onRelated for related names, places and participants, and onClose for the close button', () => {
    const { onRelated, onClose } = renderCard('tidewater-summit');
    fireEvent.click(screen.getByRole('button', { name: 'Port Elsby' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Mara Veldt' })[0]!);
    expect(onRelated.mock.calls).toEqual([['port-elsby'], ['mara-veldt']]);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders hostile strings as literal text', () => {
    const { container } = renderCard('tidewater-summit');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    expect(container.textContent).toContain(BIDI);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    const name = screen.getByRole('button', { name: `Harbour Authority ${BIDI}` });
    expect(name.firstElementChild?.tagName).toBe('BDI');
    cleanup();
    const org = renderCard('harbour-authority');
    expect(org.container.querySelector('img')).toBeNull();
    expect(org.container.querySelector('.desc')?.textContent).toBe(HOSTILE);
    expect(org.container.querySelector('.name bdi')?.textContent).toBe(`Harbour Authority ${BIDI}`);
  });
});
