import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveStats, Findings } from '../../../src/messaging/protocol';
import { Popup } from '../../../src/popup/popup';

const stats: ArchiveStats = { articles: 2, entities: 30, from: '2024-01-02', to: '2024-03-04' };
const ready: Findings = {
  status: 'ready',
  entities: [
    { id: 'ada-okafor', name: 'Ada Okafor', type: 'person', count: 3 },
    { id: 'lisbon', name: 'Lisbon', type: 'place', count: 1 },
  ],
  unknown: [{ text: 'Per Lindqvist', type: 'person', count: 2 }],
};

afterEach(cleanup);

describe('popup', () => {
  it('lists the page’s archive names by type, the names not in the archive, and the archive’s size', async () => {
    render(<Popup loadStats={async () => stats} loadFindings={async () => ready} />);
    await waitFor(() => expect(screen.getByTestId('found-person').textContent).toContain('Ada Okafor'));
    expect(screen.getByTestId('found-person').textContent).toContain('×3');
    expect(screen.getByTestId('found-place').textContent).toContain('Lisbon');
    expect(screen.queryByTestId('found-event')).toBeNull();
    expect(screen.getByTestId('not-in-archive').textContent).toBe('Per Lindqvist (person)');
    expect(screen.getByTestId('archive-stats').textContent).toMatch(/2 articles, 30 names and events, 2024-01-02 to 2024-03-04\. 0 network requests/);
  });

  it('lists agreements and awards under their own headings, after events', async () => {
    const findings: Findings = {
      ...ready,
      entities: [
        { id: 'tidewater-medal', name: 'Tidewater Medal', type: 'award', count: 1 },
        { id: 'elsby-harbour-accord', name: 'Elsby Harbour Accord', type: 'agreement', count: 2 },
        { id: 'norvik-forum', name: 'Norvik Forum', type: 'event', count: 1 },
        ...ready.entities,
      ],
    };
    render(<Popup loadStats={async () => stats} loadFindings={async () => findings} />);
    await waitFor(() => expect(screen.getByTestId('found-agreement').textContent).toBe('Elsby Harbour Accord ×2'));
    expect(screen.getByTestId('found-award').textContent).toBe('Tidewater Medal ×1');
    expect(screen.getByRole('region', { name: 'Agreements' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Awards' })).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent).filter((t) => t !== 'Not in the archive');
    expect(groups).toEqual(['People', 'Places', 'Events', 'Agreements', 'Awards']);
  });

  it('shows an entity in the page when its name is activated', async () => {
    const shown: string[] = [];
    render(<Popup loadStats={async () => stats} loadFindings={async () => ready} showEntity={(id) => shown.push(id)} />);
    (await screen.findByLabelText('Show Ada Okafor in the page')).click();
    expect(shown).toEqual(['ada-okafor']);
  });

  it('asks again while the page is still being scanned', async () => {
    const answers: Findings[] = [{ status: 'scanning', entities: [], unknown: [] }, ready];
    render(<Popup loadStats={async () => stats} loadFindings={async () => answers.shift() ?? ready} />);
    expect(await screen.findByText('Reading the page…')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('found-person')).toBeTruthy(), { timeout: 2000 });
  });

  it('asks again while the names not in the archive are being looked for, and says so meanwhile', async () => {
    const answers: Findings[] = [{ ...ready, unknown: [], detecting: true }, ready];
    render(<Popup loadStats={async () => stats} loadFindings={async () => answers.shift() ?? ready} />);
    expect((await screen.findByTestId('detecting')).textContent).toBe('Looking for names not in the archive…');
    expect(screen.getByTestId('found-person').textContent).toContain('Ada Okafor');
    await waitFor(() => expect(screen.getByTestId('not-in-archive').textContent).toBe('Per Lindqvist (person)'), { timeout: 2000 });
    expect(screen.queryByTestId('detecting')).toBeNull();
  });

  it('says why a page has nothing: off, cannot be annotated, or no archive names', async () => {
    const off: Findings = { status: 'off', reason: 'This page cannot be annotated (browser pages, the extension store, PDFs).', entities: [], unknown: [] };
    const { unmount } = render(<Popup loadStats={async () => stats} loadFindings={async () => off} />);
    expect((await screen.findByTestId('page-status')).textContent).toMatch(/cannot be annotated/);
    unmount();
    render(<Popup loadStats={async () => stats} loadFindings={async () => ({ status: 'ready', entities: [], unknown: [] })} />);
    expect((await screen.findByTestId('page-status')).textContent).toBe('Nothing from the archive on this page.');
  });

  it('says why names are listed but not painted in a browser without the Highlight API', async () => {
    const unsupported: Findings = { ...ready, status: 'unsupported', reason: 'this browser has no CSS Custom Highlight API' };
    render(<Popup loadStats={async () => stats} loadFindings={async () => unsupported} />);
    expect((await screen.findByTestId('page-status')).textContent).toMatch(/not marked: this browser has no CSS Custom Highlight API/);
    expect(screen.getByTestId('found-person')).toBeTruthy();
  });
});

describe('keyboard shortcuts in the popup', () => {
  it('shows the keys the browser has set, and says so when one is not set', async () => {
    const shortcuts = async () => [
      { name: 'toggle-site', description: 'Switch this site on or off', shortcut: 'Alt+Shift+O' },
      { name: 'mention-list', description: 'List the names on this page', shortcut: '' },
    ];
    render(<Popup loadStats={async () => stats} loadFindings={async () => ready} shortcuts={shortcuts} />);
    const box = await screen.findByTestId('shortcuts');
    const rows = [...box.querySelectorAll('dl > div')].map((d) => d.textContent);
    expect(rows).toEqual(['Alt+Shift+OSwitch this site on or off', 'not setList the names on this page']);
    expect(box.querySelectorAll('kbd')).toHaveLength(1);
  });

  it('shows nothing when the browser has no commands API', async () => {
    render(<Popup loadStats={async () => stats} loadFindings={async () => ready} shortcuts={async () => { throw new Error('no commands'); }} />);
    await screen.findByTestId('archive-stats');
    expect(screen.queryByTestId('shortcuts')).toBeNull();
  });
});

describe('archive search in the popup', () => {
  it('finds a name and shows its card', async () => {
    const model = (id: string, name: string) => ({ id, name, type: 'person' as const, typeLabel: 'Person', articleCount: 1, related: [{ id: 'lisbon', name: 'Lisbon', type: 'place' as const }] });
    render(
      <Popup
        loadStats={async () => stats}
        loadFindings={async () => ready}
        archive={{
          search: async (q) => (q.toLowerCase().startsWith('oka') ? [{ id: 'ada-okafor', name: 'Ada Okafor', type: 'person' }] : []),
          card: async (id) => (id === 'ada-okafor' ? model(id, 'Ada Okafor') : model(id, 'Lisbon')),
        }}
      />,
    );
    const { fireEvent } = await import('@testing-library/preact');
    fireEvent.input(await screen.findByTestId('search'), { target: { value: 'Oka' } });
    (await screen.findByTestId('search-results')).querySelector('button')!.click();
    expect((await screen.findByRole('dialog')).textContent).toContain('Ada Okafor');
  });
});
