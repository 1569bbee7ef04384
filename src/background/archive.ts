import { knownNames } from '../archive/detect';
import { loadMatcher, type LoadedMatcher } from '../matching';
import { loadBundledFactBase, MATCHER_PATH, readBundledJson } from '../factbase/load';
import type { FactBase } from '../factbase/schema';

export interface LoadedArchive {
  fb: FactBase;
  isKnown: (name: string) => boolean;
}

let loading: Promise<LoadedArchive> | undefined;

/** The bundled fact base, read once per service-worker life (it stops after 30 s idle and reads it again). */
export function bundledArchive(): Promise<LoadedArchive> {
  loading ??= loadBundledFactBase().then((fb) => ({
    fb,
    isKnown: knownNames(fb.entities.flatMap((e) => [e.name, ...e.aliases])),
  }));
  loading.catch(() => (loading = undefined));
  return loading;
}

let matcher: Promise<unknown> | undefined;

/** The compiled matcher JSON the build wrote beside the fact base (validated by loadMatcher). */
export function bundledMatcherJson(): Promise<unknown> {
  matcher ??= readBundledJson(MATCHER_PATH);
  matcher.catch(() => (matcher = undefined));
  return matcher;
}

let prepared: Promise<LoadedMatcher> | undefined;

/** The matcher itself, for matching long pages here rather than on the page's main thread. */
export function bundledMatcher(): Promise<LoadedMatcher> {
  prepared ??= bundledMatcherJson().then(loadMatcher);
  prepared.catch(() => (prepared = undefined));
  return prepared;
}
