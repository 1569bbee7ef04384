/**
 * The bundled seed articles, parsed, as the build writes them beside the fact base (public/data/seeds.json):
 * the browser builds the reader's archive together with them, so its merged fact base is what
 * `npm run archive -- build` gives on the seeds plus the reader's articles.
 */
import * as v from 'valibot';
import type { ParsedArticle } from './types';

/** Bump when the shape changes in a way older readers cannot handle. */
export const SEEDS_BUNDLE_SCHEMA = 1;

const Paragraph = v.strictObject({
  text: v.string(),
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  kind: v.picklist(['body', 'headline', 'subhead']),
});

const Article = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  file: v.string(),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  dateline: v.string(),
  headline: v.optional(v.string()),
  paragraphs: v.array(Paragraph),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const SeedsBundle = v.strictObject({ schema: v.literal(SEEDS_BUNDLE_SCHEMA), articles: v.array(Article) });

export function seedsBundle(articles: readonly ParsedArticle[]): { schema: number; articles: ParsedArticle[] } {
  return { schema: SEEDS_BUNDLE_SCHEMA, articles: [...articles] };
}

/** The bundled articles, or undefined when the file is missing, malformed or of another schema (an older build). */
export function parseSeedsBundle(input: unknown): ParsedArticle[] | undefined {
  const result = v.safeParse(SeedsBundle, input);
  return result.success ? (result.output.articles as ParsedArticle[]) : undefined;
}
