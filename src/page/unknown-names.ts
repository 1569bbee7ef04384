/**
 * Names the archive does not know, looked for in the background (compromise, 50-100 ms of its time per
 * page), so only when asked (the popup opened). A page that keeps changing (a live blog) is looked at again
 * at most every `everyMs`, and a text already looked at is not sent again.
 */
import type { DetectedName } from '../archive/detect';

/** Longest text sent to the background for unknown-name detection. */
const DETECT_CHARS = 100_000;
/** Least time between two unknown-name detections of one page. */
const DETECT_EVERY_MS = 5_000;

export interface UnknownNames {
  /** Looks at the page's current text, now or once `everyMs` has passed since the last look. */
  request(): void;
  /** The names found so far. */
  names(): DetectedName[];
  /** A look is running or waiting for its turn. */
  pending(): boolean;
  /** Forgets the names (the page navigated). */
  clear(): void;
}

export function watchUnknownNames(o: {
  signal: AbortSignal;
  detect?: (text: string) => Promise<DetectedName[]>;
  /** The page's text as last read. */
  text(): string;
  everyMs?: number;
}): UnknownNames {
  let names: DetectedName[] = [];
  let detecting = false;
  let after = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let looked = '';
  o.signal.addEventListener('abort', () => clearTimeout(timer));
  const request = () => {
    if (!o.detect || detecting || timer || o.signal.aborted) return;
    const text = o.text().slice(0, DETECT_CHARS);
    if (text === looked) return; // nothing new to look at
    const wait = after - Date.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        request();
      }, wait);
      return;
    }
    detecting = true;
    looked = text;
    after = Date.now() + (o.everyMs ?? DETECT_EVERY_MS);
    o.detect(text)
      .then(
        (found) => {
          names = found;
        },
        () => undefined,
      )
      .finally(() => {
        detecting = false;
      });
  };
  return {
    request,
    names: () => names,
    pending: () => detecting || timer !== undefined,
    clear: () => {
      names = [];
    },
  };
}
