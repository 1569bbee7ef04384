import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderNames } from '../../../src/popup/reader-names';

afterEach(cleanup);

const names = [{ id: 'ilse-vandermeer', name: 'Ilse Vandermeer', type: 'person' as const, count: 2 }];

describe("the popup's names from the reader's archive", () => {
  it('lists them and says they are not marked on the page', async () => {
    render(<ReaderNames load={async () => ({ names, marked: false })} />);
    expect((await screen.findByTestId('reader-names')).textContent).toBe('Ilse Vandermeer (person) ×2');
    expect(screen.getByText(/Not marked on the page/)).toBeTruthy();
  });

  it('does not claim they are hidden when the reader lets them be marked, and shows nothing without any', async () => {
    render(<ReaderNames load={async () => ({ names, marked: true })} />);
    await screen.findByTestId('reader-names');
    expect(screen.queryByText(/Not marked on the page/)).toBeNull();
    cleanup();
    const { container } = render(<ReaderNames load={async () => ({ names: [], marked: false })} />);
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });
});
