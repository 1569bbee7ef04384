import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedName } from '../archive/detect';
import { loadMatcher, type Mention } from '../matching';
import { parseRequest, type Findings, type Request, type Responses } from '../messaging/protocol';
import { startSession, type Session } from './session';

const send = <T extends Request['type']>(request: Extract<Request, { type: T }>) =>
  browser.runtime.sendMessage(request) as Promise<Responses[T]>;

/** Wires the content script for one page session; everything registered here ends with ctx. */
export function startContent(ctx: ContentScriptContext): void {
  const life = new AbortController();
  ctx.onInvalidated(() => life.abort());
  let session: Session | undefined;
  let failure: string | undefined;

  send({ type: 'matcher' }).then(
    (json) => loadMatcher(json),
  ).then(
    (matcher) => {
      if (life.signal.aborted) return;
      session = startSession({
        signal: life.signal,
        matcher,
        requestCard: (id) => send({ type: 'card', id }),
        reportCount: (count) => void send({ type: 'found', count }).catch(() => undefined),
        matchRemote: async (text, pageDate) => {
          const answer = (await send({ type: 'match', text, ...(pageDate ? { pageDate } : {}) })) as { mentions?: Mention[] };
          if (!Array.isArray(answer?.mentions)) throw new Error('no mentions from the background');
          return answer.mentions;
        },
        detectUnknown: async (text) => {
          const answer = (await send({ type: 'detect', text })) as { names?: DetectedName[] };
          return Array.isArray(answer?.names) ? answer.names : [];
        },
      });
    },
    (error: unknown) => (failure = `The archive could not be read: ${String(error)}`),
  );

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    let request: Request;
    try {
      request = parseRequest(message);
    } catch {
      return undefined;
    }
    switch (request.type) {
      case 'ping':
        return Promise.resolve({ ok: true, url: location.href } satisfies Responses['ping']);
      case 'findings': {
        const none: Findings = failure
          ? { status: 'unsupported', reason: failure, entities: [], unknown: [] }
          : { status: 'scanning', entities: [], unknown: [] };
        return Promise.resolve(session?.findings() ?? none);
      }
      case 'step':
        return Promise.resolve({ ok: session?.step(request.direction) ?? false } satisfies Responses['step']);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
