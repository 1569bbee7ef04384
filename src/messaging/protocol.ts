/**
 * The typed protocol between the extension's contexts, declared once.
 * Every incoming message is validated: pages can reach content scripts, and nothing unvalidated is trusted.
 */
import * as v from 'valibot';

export const Request = v.variant('type', [
  /** popup/background → content script: is a script alive in this tab, and on which page? */
  v.strictObject({ type: v.literal('ping') }),
  /** any → background: what the bundled archive holds. */
  v.strictObject({ type: v.literal('archive-stats') }),
]);
export type Request = v.InferOutput<typeof Request>;

export interface ArchiveStats {
  articles: number;
  entities: number;
  /** Earliest and latest article dates, YYYY-MM-DD; absent for an empty archive. */
  from?: string;
  to?: string;
}

export interface Responses {
  ping: { ok: true; url: string };
  'archive-stats': ArchiveStats;
}
export type ResponseFor<T extends Request['type']> = Responses[T];

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Parses an incoming message; throws ProtocolError for anything that is not a known, well-formed request. */
export function parseRequest(message: unknown): Request {
  const result = v.safeParse(Request, message);
  if (!result.success) throw new ProtocolError(`rejected message: ${result.issues[0]?.message ?? 'invalid'}`);
  return result.output;
}
