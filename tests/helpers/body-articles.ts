/** Articles of body paragraphs for the builder's tests, written in our own words. */
import { buildFactBase } from '../../src/archive/build';
import { articleFromParagraphs } from '../../src/archive/parse';
import type { Entity } from '../../src/factbase/schema';

/** One article of body paragraphs. */
export const bodyArticle = (file: string, date: string, paragraphs: readonly string[], dateline = '') =>
  articleFromParagraphs({ file, date, dateline, paragraphs: paragraphs.map((text) => ({ text, kind: 'body' as const })) });

/** The entities the builder makes of one such article. */
export const entitiesOf = (file: string, date: string, ...paragraphs: string[]): Entity[] =>
  buildFactBase([bodyArticle(file, date, paragraphs)]).entities;

/** "Name [type]" for each entity. */
export const typedNames = (entities: readonly Entity[]): string[] => entities.map((e) => `${e.name} [${e.type}]`);
