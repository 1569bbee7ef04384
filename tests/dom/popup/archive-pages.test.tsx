/** The popup's ways into the archive pages: "Open archive", each search result's page, the card's links. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardLinks } from '../../../src/card/links';
import type { ArchiveStats, Findings } from '../../../src/messaging/protocol';
import { Popup } from '../../../src/popup/popup';

// Invented names, not from the archive.
const stats: ArchiveStats = { articles: 1, entities: 2 };
const ready: Findings = { status: 'ready', entities: [], unknown: [] };
const model = { id: 'ada-okafor', name: 'Ada Okafor', type: 'person' as const, typeLabel: 'Person', articleCount: 1 };

afterEach(cleanup);

function renderPopup() {
  const open = vi.fn();
  const links: CardLinks = { entity: (id) => `ext:/archive.html#/entity/${id}`, article: (a) => `ext:/archive.html#/article/${a}`, newTab: true, open };
  render(
    <Popup
      loadStats={async () => stats}
      loadFindings={async () => ready}
      archive={{ search: async () => [{ id: 'ada-okafor', name: 'Ada Okafor', type: 'person' }], card: async () => model }}
      archivePages={{ home: 'ext:/archive.html#/', links }}
    />,
  );
  return open;
}

describe('popup links to the archive pages', () => {
  it('opens the archive in a new tab', async () => {
    const open = renderPopup();
    const link = await screen.findByRole('link', { name: 'Open archive' });
    expect(link.getAttribute('href')).toBe('ext:/archive.html#/');
    fireEvent.click(link);
    expect(open).toHaveBeenCalledWith('ext:/archive.html#/');
  });

  it("links each search result to its page, and the result's card to the archive", async () => {
    const open = renderPopup();
    fireEvent.input(await screen.findByTestId('search'), { target: { value: 'Ada' } });
    const page = await screen.findByRole('link', { name: 'Ada Okafor: page in the archive' });
    expect(page.getAttribute('href')).toBe('ext:/archive.html#/entity/ada-okafor');
    fireEvent.click(page);
    expect(open).toHaveBeenCalledWith('ext:/archive.html#/entity/ada-okafor');
    fireEvent.click(screen.getByRole('button', { name: 'Ada Okafor' }));
    const card = await screen.findByRole('dialog');
    expect(card.querySelector('a')!.textContent).toBe('Open in archive');
  });

  it('shows no archive links without archive pages (a bare popup)', async () => {
    render(<Popup loadStats={async () => stats} loadFindings={async () => ready} />);
    await screen.findByTestId('archive-stats');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
