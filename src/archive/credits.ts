/**
 * Staff credits at the foot of a story: who reported, wrote, edited or contributed, a reporter's biography, a
 * newsletter's sign-up line, an author box that is only a name, the print edition's line. They name the
 * newsroom, not the news: the builder reads no entities, facts or aliases from them (the archive pages still
 * show them as the article's text). Only the last few paragraphs are looked at, where newsrooms put them.
 */

/** A capitalised name of one to five words, with hyphens, apostrophes and particles ("de", "van"). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|da|del|der|di|du|van|von|bin|al|la|le)){0,4}";
/** Names in a list: "A, B and C". */
const NAMES = `${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME})*`;

/** "… Ana Lind in Portmere, Alaska, and Ben Ode in Oslo contributed": where each one worked from, taken out. */
const WORKED_FROM = new RegExp(`\\s+in\\s+${NAME}(?:,\\s*${NAME})?(?=,\\s*(?:and\\s+)?\\p{Lu}|\\s+and\\s|\\s+contributed\\b)`, 'gu');
const CONTRIBUTED = new RegExp(`^${NAMES}\\s+contributed(?:\\s+(?:reporting|research|to this (?:report|article|story)))?(?:\\s+(?:from|in)\\s+[^.]+)?\\.?$`, 'u');
const REPORTED_FROM = new RegExp(`^${NAMES}\\s+reported\\s+(?:from|in)\\s`, 'u');
const BY_LINE = /^(?:additional\s+)?(?:reporting|writing|editing|research|edited|written|compiled)\s+by\s/iu;
const COVERS = new RegExp(`^(${NAME})\\s+covers\\s`, 'u');
const BIO = new RegExp(`^(${NAME})\\s+(?:is|was)\\s+(?:a|an|the)\\s([^.]{0,140})`, 'u');
const NEWSROOM_WORD = /\b(?:reporter|correspondent|editor|producer|writer|columnist|journalist|contributor|bureau chief|news assistant)s?\b/iu;
const SIGN_UP = /^sign up for\s/iu;
/** "A version of this article appears in print on …, with the headline: …": the print edition's line. */
const IN_PRINT = /^a version of this (?:article|story|review|report|column) appear(?:s|ed) in print\b/iu;
const ONLY_A_NAME = new RegExp(`^${NAME}$`, 'u');

/** How many paragraphs from the end may be credits. */
export const CREDIT_TAIL = 5;

/**
 * A credit read from the paragraph alone: `sure` for the newsroom's own phrasings ("X contributed", "Reporting
 * by"), `name` for a credit known only by its shape around a person's name (a biography, an author box, "X
 * covers"), which the story may also have about a person in the news; null for story text.
 */
function creditShape(t: string): { sure: true } | { name: string } | null {
  if (t.length > 400) return null;
  if (CONTRIBUTED.test(t.replace(WORKED_FROM, '')) || REPORTED_FROM.test(t) || BY_LINE.test(t) || SIGN_UP.test(t) || IN_PRINT.test(t)) return { sure: true };
  if (ONLY_A_NAME.test(t)) return t.split(/\s+/).length >= 2 ? { name: t } : null;
  const covers = COVERS.exec(t);
  if (covers) return { name: covers[1]! };
  const bio = BIO.exec(t);
  return bio && NEWSROOM_WORD.test(bio[2]!) ? { name: bio[1]! } : null;
}

/** True when `text`, a paragraph near the end of a story, has the shape of a staff credit rather than story text. */
export function isCredit(text: string): boolean {
  return creditShape(text.trim()) !== null;
}

/** `name` as whole words (the full name: a surname alone may be another person's, "Kim" in a Korean story). */
function wholeName(name: string): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'u');
}

/** A photo's credit inside a paragraph names the newsroom too: "(Photo by Ana Lind for Tesk News)", "Ana Lind/Tesk". */
const PHOTO_CREDIT = /\b(?:photo|photograph|image|picture|video)s?\s*(?:by|:)\s*[^.;()]*|[^\s/()]+(?:\s[^\s/()]+)?\/[^\s()]+/giu;
const withoutCredits = (paragraph: string): string => paragraph.replace(PHOTO_CREDIT, ' ');

/**
 * The indexes of the credits among `paragraphs` (story text, in order): only in the last {@link CREDIT_TAIL}. A
 * paragraph that is a credit only by its shape around a name ("X is a journalist who ...") is story text when
 * the story names that person elsewhere: a story about a journalist, not the writer's biography.
 */
export function creditParagraphs(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  const named = new Map<number, string>();
  for (let k = Math.max(1, paragraphs.length - CREDIT_TAIL); k < paragraphs.length; k++) {
    const shape = creditShape(paragraphs[k]!.trim());
    if (!shape) continue;
    out.add(k);
    if ('name' in shape) named.set(k, shape.name);
  }
  for (const [k, name] of named) {
    const re = wholeName(name);
    const first = name.trim().split(/\s+/)[0]!;
    if (paragraphs.some((p, j) => !out.has(j) && p.includes(first) && re.test(withoutCredits(p)))) out.delete(k);
  }
  return out;
}
