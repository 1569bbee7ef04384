import { knownNames } from '../archive/detect';
import { loadBundledFactBase } from '../factbase/load';
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
