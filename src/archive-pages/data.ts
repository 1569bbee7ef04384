/** What the archive pages read: the bundled fact base, the articles' text and the matcher, all files of the extension. */
import { loadBundledFactBase, loadBundledTexts, MATCHER_PATH, readBundledJson } from '../factbase/load';
import type { FactBase } from '../factbase/schema';
import type { ArticleTexts } from '../factbase/texts';
import { loadMatcher, type LoadedMatcher } from '../matching';

export interface ArchiveData {
  fb: FactBase;
  /** Undefined when the build has none: article pages then show the facts only. */
  texts: ArticleTexts | undefined;
  /** Undefined when it cannot be read: article pages then mark no names. */
  matcher: LoadedMatcher | undefined;
}

export async function loadArchiveData(): Promise<ArchiveData> {
  const [fb, texts, matcher] = await Promise.all([
    loadBundledFactBase(),
    loadBundledTexts(),
    readBundledJson(MATCHER_PATH).then(loadMatcher, () => undefined),
  ]);
  return { fb, texts, matcher };
}
