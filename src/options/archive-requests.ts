/** The options page's "Archive" section over the background (which alone opens the reader's archive). */
import { browser } from 'wxt/browser';
import type { SavedArticle } from '../library/record';
import type { LibraryAnswer, Request, Responses } from '../messaging/protocol';
import type { ArchiveSectionProps } from './archive-section';

const send = async <T,>(request: Request): Promise<T> => (await browser.runtime.sendMessage(request)) as T;

export function archiveOverBackground(): ArchiveSectionProps {
  return {
    list: () => send<Responses['library-list']>({ type: 'library-list' }),
    remove: (id) => send<LibraryAnswer>({ type: 'library-delete', id }),
    clear: () => send<LibraryAnswer>({ type: 'library-clear' }),
    setMarkOnPages: (markOnPages) => send<LibraryAnswer>({ type: 'library-options', markOnPages }),
    importArticles: (articles) =>
      send<LibraryAnswer>({ type: 'library-import', articles: articles.map(({ id: _id, ...a }) => a) }),
    exportArticles: async () => {
      const answer = await send<Responses['library-export']>({ type: 'library-export' });
      if ('error' in answer) throw new Error(answer.error);
      return answer.articles as SavedArticle[];
    },
    estimate: async () => (await navigator.storage?.estimate?.()) ?? {},
    download: (bytes, name) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    now: () => Date.now(),
  };
}
