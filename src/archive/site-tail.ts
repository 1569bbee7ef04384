/** A site's name said short, as articles do after giving it whole once. */
import { SITE_HEADS } from '../nlp/lexicon';

/** "Ostrel Key Bridge" → "Key Bridge": the last two words of a site's name of three or more that ends in a site's head. */
export const siteTail = (name: string): string | undefined => {
  const words = name.split(/\s+/);
  return words.length > 2 && SITE_HEADS.has(words.at(-1)!.toLowerCase()) && /^\p{Lu}/u.test(words.at(-2)!) ? words.slice(-2).join(' ') : undefined;
};
