/**
 * The archive's articles as text, sentence by sentence: what the archive pages show. Written by the builder
 * beside the fact base (public/data/texts.json), in a file of its own so the fact base keeps its shape and
 * only the archive pages load the text. The sentences are the builder's own, so a fact's `text` is one of
 * them (see sentence-key.ts for how a fact finds its sentence).
 */
import * as v from 'valibot';

/** Bump when the shape changes in a way older readers cannot handle. */
export const TEXTS_SCHEMA = 1;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'), v.maxLength(120));

/** One block of the story: a paragraph of the body, or a stray headline or subhead left in the copy. */
export const TextBlock = v.strictObject({
  kind: v.picklist(['body', 'headline', 'subhead']),
  sentences: v.array(v.pipe(v.string(), v.minLength(1))),
});

export const ArticleText = v.strictObject({ id: Id, blocks: v.array(TextBlock) });

export const ArticleTexts = v.strictObject({
  schema: v.literal(TEXTS_SCHEMA),
  articles: v.array(ArticleText),
});

export type TextBlock = v.InferOutput<typeof TextBlock>;
export type ArticleText = v.InferOutput<typeof ArticleText>;
export type ArticleTexts = v.InferOutput<typeof ArticleTexts>;

/** The texts, or undefined when `input` is not a well-formed texts file (then the pages say so). */
export function parseArticleTexts(input: unknown): ArticleTexts | undefined {
  const result = v.safeParse(ArticleTexts, input);
  return result.success ? result.output : undefined;
}
