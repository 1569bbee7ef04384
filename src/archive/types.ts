/** A seed article after parsing, before any language processing. */
export interface ParsedArticle {
  /** Stable id derived from the file name ("000_eb919bbc4fd26729.txt" → "000-eb919bbc4fd26729"). */
  id: string;
  /** File name relative to the seeds folder. */
  file: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** The capitalised dateline before the colon ("LISBON"), as written. */
  dateline: string;
  /** The article's own headline, when it is known (a saved page); seed files have none. */
  headline?: string;
  /** Blocks of the story in order; the dateline is removed from the first one. */
  paragraphs: Paragraph[];
  /** Word count of the body paragraphs. */
  words: number;
}

export interface Paragraph {
  text: string;
  /** 1-based line number of the paragraph's first line in the file. */
  line: number;
  /**
   * body: story text. headline: a stray headline of another story (no closing punctuation, several words).
   * subhead: a short section title ("'Not smooth'").
   */
  kind: 'body' | 'headline' | 'subhead';
}

/** A problem in a seed file, with where it is. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}
