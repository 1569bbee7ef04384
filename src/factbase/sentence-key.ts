/**
 * A short, stable key for a sentence of an archive article: the anchor of its sentence in the article page
 * (`#/article/<id>/s-<key>`). A fact carries the sentence it comes from, so a card can link to it without the
 * fact base storing positions. Only the sentence's start counts: the builder cuts a very long fact at about
 * 1,000 characters (archive/build.ts `clip`), and the cut fact must still find its sentence.
 */

/** Characters of the (whitespace-collapsed) sentence that make its key. */
export const KEY_CHARS = 160;

/** "s-" and a base-36 FNV-1a hash of the sentence's first {@link KEY_CHARS} characters. */
export function sentenceKey(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').trim().slice(0, KEY_CHARS);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `s-${hash.toString(36)}`;
}

/** True for a string shaped like a key (an address's anchor is checked before it is used). */
export const isSentenceKey = (s: string): boolean => /^s-[0-9a-z]{1,7}$/.test(s);
