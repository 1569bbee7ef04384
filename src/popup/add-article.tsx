import { useEffect, useState } from 'preact/hooks';
import { parseSaved } from '../library/record';
import { draftFromPage, draftText, type ArticleDraft, type PageRead } from '../library/page-article';
import type { LibraryAnswer } from '../messaging/protocol';

export interface AddArticleProps {
  /** The story and metadata of the page in the tab; undefined when no page of ours is there. */
  read: () => Promise<PageRead | undefined>;
  /** Stores the confirmed article in the reader's archive (the background). */
  save: (article: { text: string; url?: string; headline?: string; byline?: string }) => Promise<LibraryAnswer>;
  /** Open straight at the preview (the context menu and the command open the popup so). */
  open?: boolean;
  /** Today, YYYY-MM-DD: the date of a page that gives none. */
  today: string;
}

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; draft: ArticleDraft }
  | { step: 'saving'; draft: ArticleDraft }
  | { step: 'saved'; names: number }
  | { step: 'failed'; error: string; draft?: ArticleDraft };

/** How much of the story the preview shows. */
const PREVIEW_CHARS = 280;

/** The problem the builder would find in the draft, or undefined (the same parser as `npm run archive -- build`). */
function problemOf(draft: ArticleDraft): string | undefined {
  if (!draft.paragraphs.length) return 'No story text was read on this page.';
  try {
    parseSaved({ file: 'article.txt', text: draftText(draft) });
    return undefined;
  } catch (e) {
    return (e as { reason?: string }).reason ?? String(e);
  }
}

/** "Add this article": reads the page, shows a short preview the reader may correct, and saves it when confirmed. */
export function AddArticle({ read, save, open, today }: AddArticleProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const start = () => {
    setState({ step: 'reading' });
    read().then(
      (page) =>
        setState(
          page?.text
            ? { step: 'preview', draft: draftFromPage(page, today) }
            : { step: 'failed', error: 'This page has no story text the extension could read (is it switched off here?).' },
        ),
      (e: unknown) => setState({ step: 'failed', error: String(e) }),
    );
  };
  // only once, when opened for the preview
  useEffect(() => {
    if (open) start();
  }, []);
  if (state.step === 'idle' || state.step === 'reading') {
    return (
      <button type="button" class="add" data-testid="add-article" disabled={state.step === 'reading'} onClick={start}>
        {state.step === 'reading' ? 'Reading the article…' : 'Add this article to my archive'}
      </button>
    );
  }
  if (state.step === 'saved') {
    return (
      <p class="notice" role="status" data-testid="add-result">
        Saved to your archive{state.names ? `: ${state.names} new ${state.names === 1 ? 'name' : 'names'}` : ''}.
      </p>
    );
  }
  if (state.step === 'failed' && !state.draft) {
    return (
      <p class="notice" role="alert" data-testid="add-result">
        {state.error}
      </p>
    );
  }
  const draft = state.draft!;
  const edit = (change: Partial<ArticleDraft>) => setState({ step: 'preview', draft: { ...draft, ...change } });
  const problem = problemOf(draft);
  const story = draft.paragraphs.join(' ');
  const confirm = () => {
    setState({ step: 'saving', draft });
    save({
      text: draftText(draft),
      ...(draft.url ? { url: draft.url } : {}),
      ...(draft.headline ? { headline: draft.headline } : {}),
      ...(draft.byline ? { byline: draft.byline } : {}),
    }).then(
      (answer) => setState(answer.ok ? { step: 'saved', names: answer.namesAdded } : { step: 'failed', error: answer.error, draft }),
      (e: unknown) => setState({ step: 'failed', error: String(e), draft }),
    );
  };
  return (
    <form
      class="add-preview"
      aria-label="Add this article"
      data-testid="add-preview"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) confirm();
      }}
    >
      <label>
        Headline <input value={draft.headline ?? ''} onInput={(e) => edit({ headline: e.currentTarget.value })} />
      </label>
      <label>
        Date <input type="date" required value={draft.date} onInput={(e) => edit({ date: e.currentTarget.value })} />
      </label>
      <label>
        Dateline <input value={draft.dateline} onInput={(e) => edit({ dateline: e.currentTarget.value.toUpperCase() })} />
      </label>
      {draft.byline && <p class="muted">By {draft.byline}</p>}
      <p class="excerpt" data-testid="add-excerpt">
        {story.length > PREVIEW_CHARS ? `${story.slice(0, PREVIEW_CHARS)}…` : story}
      </p>
      <p class="muted">
        {draft.words} words{draft.url ? ` · ${draft.url}` : ''}. Kept on this computer only.
      </p>
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="notice" role="alert" data-testid="add-result">
          {state.error}
        </p>
      )}
      <p>
        <button type="submit" data-testid="add-confirm" disabled={!!problem || state.step === 'saving'}>
          {state.step === 'saving' ? 'Saving…' : 'Save to my archive'}
        </button>{' '}
        <button type="button" onClick={() => setState({ step: 'idle' })}>
          Cancel
        </button>
      </p>
    </form>
  );
}
