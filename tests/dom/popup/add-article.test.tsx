import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddArticle } from '../../../src/popup/add-article';
import type { LibraryAnswer } from '../../../src/messaging/protocol';

afterEach(cleanup);

const page = {
  text: 'Harbour strike\u2029PORTMERE: Dockworkers stayed out on Monday, the union said.\u2029Talks resume on Friday.',
  headline: 'Harbour strike',
  url: 'https://news.example/strike',
  date: '2024-03-11',
};

describe('Add this article', () => {
  it('shows a preview and saves the seeds text only when the reader confirms', async () => {
    const save = vi.fn(async (): Promise<LibraryAnswer> => ({ ok: true, ids: ['x'], namesAdded: 2 }));
    render(<AddArticle read={async () => page} save={save} today="2024-12-01" />);
    fireEvent.click(screen.getByTestId('add-article'));
    expect((await screen.findByTestId('add-excerpt')).textContent).toBe('Dockworkers stayed out on Monday, the union said. Talks resume on Friday.');
    expect(save).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Dateline'), { target: { value: 'kalvik' } });
    fireEvent.click(screen.getByTestId('add-confirm'));
    expect((await screen.findByTestId('add-result')).textContent).toBe('Saved to your archive: 2 new names.');
    expect(save).toHaveBeenCalledWith({
      text: 'date 2024-03-11 KALVIK: Dockworkers stayed out on Monday, the union said.\n\nTalks resume on Friday.\n',
      url: page.url,
      headline: 'Harbour strike',
    });
  });

  it('opens at the preview when asked, and keeps it with the reason when the save is refused', async () => {
    const save = async (): Promise<LibraryAnswer> => ({ ok: false, error: 'The browser refused to store more. Nothing was saved.', quota: true });
    render(<AddArticle read={async () => page} save={save} today="2024-12-01" open />);
    fireEvent.click(await screen.findByTestId('add-confirm'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was saved/);
    expect(screen.getByTestId('add-preview')).toBeTruthy();
  });

  it('will not save what the builder cannot read', async () => {
    render(<AddArticle read={async () => page} save={vi.fn()} today="2024-12-01" open />);
    fireEvent.input(await screen.findByLabelText('Dateline'), { target: { value: '123' } });
    await waitFor(() => expect((screen.getByTestId('add-confirm') as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByRole('alert').textContent).toMatch(/no dateline/);
  });

  it('says so when the page has no story to read', async () => {
    render(<AddArticle read={async () => ({ text: '' })} save={vi.fn()} today="2024-12-01" />);
    fireEvent.click(screen.getByTestId('add-article'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no story text/);
  });
});
