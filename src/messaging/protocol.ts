/**
 * The typed protocol between the extension's contexts, declared once.
 * Every incoming message is validated: content scripts run inside hostile pages, and nothing unvalidated is
 * trusted (reliability row 11 in tests/README.md: unknown types, missing fields, huge strings, `__proto__` keys).
 */
import * as v from 'valibot';
import { ENTITY_ID, MAX_PAGE_IDS } from './page-requests';
import type { DetectedName } from '../archive/detect';
import type { CardPayload } from '../card/payload';
import type { EntityType, FactBase } from '../factbase/schema';
import type { ArticleTexts } from '../factbase/texts';
import type { CompiledMatcher } from '../matching/compiled';
import type { WireMentions } from '../matching/wire';
import type { SavedSummary } from '../library/record';

/** Longest page text the background analyses for unknown names; longer requests are rejected, not truncated. */
export const MAX_DETECT_TEXT = 200_000;
/** Longest page text the background matches (the content script stops extracting at 2,000,000 characters). */
export const MAX_MATCH_TEXT = 2_100_000;
export { LIFE_PORT, MAX_PAGE_IDS, NO_TEXT } from './page-requests';

/** The keyboard commands (wxt.config.ts `commands`), in the order the popup lists them. */
export const COMMANDS = ['toggle-site', 'next-mention', 'previous-mention', 'mention-list', 'add-article'] as const;
export type CommandName = (typeof COMMANDS)[number];

const ScanId = v.pipe(v.number(), v.integer(), v.minValue(0));

const EntityId = v.pipe(v.string(), v.regex(ENTITY_ID), v.maxLength(120));

/** Longest article the reader may save or import (archive/parse.ts: MAX_SEED_BYTES, counted in characters here). */
export const MAX_ARTICLE_TEXT = 10 * 1024 * 1024;
/** Most articles one import carries. */
export const MAX_IMPORT_ARTICLES = 10_000;
const ShortText = v.pipe(v.string(), v.maxLength(1000));
/** One of the reader's articles as an extension page sends it to be stored (library/record.ts: SavedArticle). */
const ArticleInput = v.strictObject({
  file: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_TEXT)),
  url: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  headline: v.optional(ShortText),
  byline: v.optional(ShortText),
  savedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const Request = v.variant('type', [
  /** popup/background → content script: is a script alive in this tab, and on which page? */
  v.strictObject({ type: v.literal('ping') }),
  /** any → background: what the bundled archive holds. */
  v.strictObject({ type: v.literal('archive-stats') }),
  /** content script → background: whether the extension runs on this page, and how (from the settings). */
  v.strictObject({ type: v.literal('page-settings'), url: v.pipe(v.string(), v.maxLength(8192)) }),
  /**
   * content script → background: the archive's names in the page's text. The background keeps the text it
   * was last sent by each frame, so a long page's rest can follow its top (`append`) and `detect` need not
   * send it again; after a background restart it answers `{ error: NO_TEXT }` and the text is sent whole.
   */
  v.strictObject({
    type: v.literal('match'),
    text: v.pipe(v.string(), v.maxLength(MAX_MATCH_TEXT)),
    pageDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
    /** The page's scan this text belongs to: a `match-more` of another scan is not joined to it. */
    scan: v.optional(ScanId),
  }),
  v.strictObject({
    type: v.literal('match-more'),
    append: v.pipe(v.string(), v.maxLength(MAX_MATCH_TEXT)),
    pageDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
    scan: ScanId,
    /** More of the text follows: keep it and answer `{ held: true }` (a long text travels in parts). */
    hold: v.optional(v.literal(true)),
  }),
  /**
   * content script (or popup) → background: the slice of the archive one card shows, and the page it opens
   * on: its date (the card's "now"; without one, today) and the ids of the archive names found on it (what
   * the card's facts are ranked against; without them, no ranking).
   */
  v.strictObject({
    type: v.literal('card'),
    id: EntityId,
    pageDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    pageIds: v.optional(v.pipe(v.array(EntityId), v.maxLength(MAX_PAGE_IDS))),
  }),
  /**
   * content script → background: names in this text (or, without one, in the text last matched for this
   * frame) that the archive does not know (compromise, off the page).
   */
  v.strictObject({ type: v.literal('detect'), text: v.optional(v.pipe(v.string(), v.maxLength(MAX_DETECT_TEXT))) }),
  /** content script → background: how many archive names this page mentions (for the badge). */
  v.strictObject({
    type: v.literal('found'),
    count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
    /** The extension is switched off for this page: the badge shows the off mark. */
    off: v.optional(v.boolean()),
  }),
  /** popup → background: archive names that start with or contain these words. */
  v.strictObject({ type: v.literal('search'), query: v.pipe(v.string(), v.maxLength(200)) }),
  /** popup → content script: what this page mentions. */
  v.strictObject({ type: v.literal('findings') }),
  /** popup → content script: the text it read as the story (what `npm run annotate -- --text` prints). */
  v.strictObject({ type: v.literal('read') }),
  /** popup → content script: scroll to the first mention of this entity and open its card. */
  v.strictObject({ type: v.literal('show'), id: EntityId }),
  /** background (keyboard command) → content script: move to the next or previous mention and open its card. */
  v.strictObject({ type: v.literal('step'), direction: v.picklist(['next', 'previous']) }),
  /** background (keyboard command) → content script: open (or close) the in-page list of this page's names. */
  v.strictObject({ type: v.literal('list') }),
  /**
   * content script → background: open an archive page (the card's "Open in archive", a fact's sentence) in a
   * new tab; a web page may not navigate to an extension page itself. The route is checked again there.
   */
  v.strictObject({
    type: v.literal('open-archive'),
    route: v.pipe(v.string(), v.maxLength(300), v.regex(/^#\/(entity|article)\/[a-z0-9-]+(\/s-[0-9a-z]+)?$/)),
  }),
  /**
   * The reader's own archive (src/library), from the extension's own pages only (popup, options), never
   * from a content script: a page must not learn what the reader saved.
   */
  v.strictObject({ type: v.literal('library-list') }),
  /** Save one article (the popup's "Add this article", after the reader confirmed its preview); no `file`: named from its date and headline. */
  v.strictObject({ type: v.literal('library-add'), article: v.omit(ArticleInput, ['file']), file: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  /** Store every article or none (an import the reader confirmed). */
  v.strictObject({ type: v.literal('library-import'), articles: v.pipe(v.array(ArticleInput), v.maxLength(MAX_IMPORT_ARTICLES)) }),
  v.strictObject({ type: v.literal('library-delete'), id: EntityId }),
  v.strictObject({ type: v.literal('library-clear') }),
  v.strictObject({ type: v.literal('library-export') }),
  v.strictObject({ type: v.literal('library-options'), markOnPages: v.boolean() }),
  /** archive pages → background: the merged archive the pages show (the bundled one and the reader's articles). */
  v.strictObject({ type: v.literal('library-pages') }),
  /** popup → background: the names of the reader's own archive in this tab's page that are not marked on it. */
  v.strictObject({ type: v.literal('reader-names'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** An extension page → background: run a keyboard command on a tab (the active one when none is given). */
  v.strictObject({
    type: v.literal('command'),
    name: v.picklist(COMMANDS),
    tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
]);
export type Request = v.InferOutput<typeof Request>;

export interface ArchiveStats {
  articles: number;
  entities: number;
  /** Earliest and latest article dates, YYYY-MM-DD; absent for an empty archive. */
  from?: string;
  to?: string;
}

/** One archive entity found on the page. */
export interface FoundEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

export interface Findings {
  /** scanning: not finished yet; ready: done; off: switched off or opted out; unsupported: cannot paint here. */
  status: 'scanning' | 'ready' | 'off' | 'unsupported';
  /** Why, for the off and unsupported states. */
  reason?: string;
  entities: FoundEntity[];
  unknown: DetectedName[];
  /** The names not in the archive are still being looked for (asked for when the popup opens). */
  detecting?: boolean;
}

/** What a content script needs to know from the settings for its page. */
export interface PageSettings {
  enabled: boolean;
  reason: string;
  density: 'all' | 'first';
  hoverDelayMs: number;
  hideDelayMs: number;
  modifierOnly: 'off' | 'alt' | 'shift' | 'ctrl';
  styles: Record<EntityType, 'underline' | 'background' | 'both'>;
  /** "Only mark names with background that relates to this page" (the background applies it when matching). */
  onlyRelatedMarks?: boolean;
  /**
   * The reader's archive as marked on pages (a revision), present only while the reader lets its names be
   * marked: a change restarts the page's session, so new names are marked without a reload.
   */
  archive?: string;
}

/** One of the reader's articles as the options page lists it. */
export type LibraryArticle = SavedSummary;

export interface LibraryListing {
  articles: LibraryArticle[];
  markOnPages: boolean;
  /** Article ids in use (the bundled archive's and the reader's): an import must not reuse them. */
  taken: string[];
  /** Names and events of the merged archive, and how many only the reader's articles know. */
  entities: number;
  readerOnly: number;
}

/**
 * What the archive pages need of the reader's archive. While the reader has saved nothing, `merged` is
 * absent and the bundled files are the whole archive (the pages read them as before).
 */
export interface ArchivePagesAnswer {
  /** The reader's articles (address and site included), newest saved first. */
  articles: LibraryArticle[];
  merged?: {
    /** The merged fact base: the bundled articles and the reader's. */
    fb: FactBase;
    /** The reader's articles as text, the shape of the bundled texts.json (which has the bundled ones). */
    texts: ArticleTexts;
    /** The merged archive's compiled matcher (the background has it already). */
    matcher: CompiledMatcher;
  };
}

export type LibraryAnswer = { ok: true; ids: string[]; namesAdded: number } | { ok: false; error: string; quota?: boolean };

export interface Responses {
  'page-settings': PageSettings;
  ping: { ok: true; url: string };
  'archive-stats': ArchiveStats;
  match: WireMentions | { error: string };
  'match-more': WireMentions | { held: true } | { error: string };
  card: CardPayload | { error: string };
  detect: { names: DetectedName[] } | { error: string };
  findings: Findings;
  /**
   * The story's text as last read (blocks joined by U+2029), the element it was read from, '' before the
   * first read; and the page's address, headline, byline and date from its metadata where present.
   */
  read: { text: string; root: string; url?: string; headline?: string; byline?: string; date?: string };
  search: { results: { id: string; name: string; type: EntityType }[] };
  step: { ok: boolean };
  list: { ok: boolean };
  command: { ok: boolean };
  show: { ok: boolean };
  found: { ok: boolean };
  'open-archive': { ok: boolean };
  'library-list': LibraryListing | { error: string };
  'library-add': LibraryAnswer;
  'library-import': LibraryAnswer;
  'library-delete': LibraryAnswer;
  'library-clear': LibraryAnswer;
  'library-options': LibraryAnswer;
  'library-pages': ArchivePagesAnswer | { error: string };
  'library-export': { articles: { id: string; file: string; text: string; url?: string; headline?: string; byline?: string; savedAt: number }[] } | { error: string };
  'reader-names': { names: FoundEntity[]; marked: boolean };
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
