/**
 * Mentions with what the page needs to show them (display name, type, an event's date), and the compact
 * form in which the background sends them to a content script: each entity once, offsets as one flat
 * array of numbers. A 100,000-word page has some 13,000 mentions; as objects that is over a megabyte of
 * JSON to parse on the page's main thread, as numbers a fifth of it.
 */
import { ENTITY_TYPES, type EntityType } from '../factbase/kinds';
import type { LinkReason, Mention } from './mention';

export type { EntityType };

/** A linked mention with its entity's display name and type (and date, for an event). */
export interface NamedMention extends Mention {
  type: EntityType;
  name: string;
  /** Events: the event's date (YYYY[-MM[-DD]]), for the reason sentence. */
  eventDate?: string;
}

const REASONS: readonly LinkReason[] = ['full-name', 'full-name-on-page', 'related-on-page', 'context', 'event-date', 'event-year', 'event-described', 'event-day'];
/** A type travels as its index here (the background and the content script come from one build). */
const TYPES: readonly EntityType[] = ENTITY_TYPES;
/** Numbers per mention in `spans`: start, end, entity (index into `entities`), reason, evidence (or -1). */
const STRIDE = 5;

/** The wire form; see the module comment. */
export interface WireMentions {
  /** [id, display name, type index (TYPES order), event date or ''] per entity found. */
  entities: [string, string, number, string][];
  /** Evidence strings, each once. */
  evidence: string[];
  spans: number[];
}

export function encodeMentions(mentions: readonly NamedMention[]): WireMentions {
  const wire: WireMentions = { entities: [], evidence: [], spans: [] };
  const entityAt = new Map<string, number>();
  const evidenceAt = new Map<string, number>();
  for (const x of mentions) {
    let e = entityAt.get(x.id);
    if (e === undefined) {
      e = wire.entities.push([x.id, x.name, TYPES.indexOf(x.type), x.eventDate ?? '']) - 1;
      entityAt.set(x.id, e);
    }
    let ev = -1;
    if (x.evidence !== undefined) {
      ev = evidenceAt.get(x.evidence) ?? -1;
      if (ev < 0) {
        ev = wire.evidence.push(x.evidence) - 1;
        evidenceAt.set(x.evidence, ev);
      }
    }
    wire.spans.push(x.start, x.end, e, REASONS.indexOf(x.reason), ev);
  }
  return wire;
}

/**
 * Back to mentions, checking everything (it crossed a context boundary): offsets within `textLength` and
 * in order, indices in range. `entity` is the position in the message's entity list. Throws on anything else.
 */
export function decodeMentions(value: unknown, textLength: number): NamedMention[] {
  const bad = (what: string): never => {
    throw new Error(`bad mentions from the background: ${what}`);
  };
  const w = value as Partial<WireMentions> | null;
  if (!w || !Array.isArray(w.entities) || !Array.isArray(w.evidence) || !Array.isArray(w.spans)) return bad('shape');
  const entities = w.entities.map((e) => {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string' || !TYPES[e[2] as number] || typeof e[3] !== 'string') bad('entity');
    return { id: e[0], name: e[1], type: TYPES[e[2]]!, eventDate: e[3] };
  });
  if (!w.evidence.every((s) => typeof s === 'string')) bad('evidence');
  const s = w.spans;
  if (s.length % STRIDE) bad('spans');
  const out: NamedMention[] = [];
  let last = 0;
  for (let k = 0; k < s.length; k += STRIDE) {
    const [start, end, e, r, ev] = [s[k], s[k + 1], s[k + 2], s[k + 3], s[k + 4]] as number[];
    const entity = entities[e!];
    const reason = REASONS[r!];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < last || end! <= start! || end! > textLength) bad('offsets');
    if (!entity || !reason || !(ev === -1 || (Number.isInteger(ev) && ev! >= 0 && ev! < w.evidence.length))) bad('index');
    last = end!;
    out.push({
      start: start!,
      end: end!,
      entity: e!,
      id: entity!.id,
      reason: reason!,
      ...(ev! >= 0 ? { evidence: w.evidence[ev!]! } : {}),
      type: entity!.type,
      name: entity!.name,
      ...(entity!.eventDate ? { eventDate: entity!.eventDate } : {}),
    });
  }
  return out;
}
