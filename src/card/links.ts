/**
 * Where the card links into the archive pages. The card only renders the addresses it is given (it has no
 * idea of extension URLs): the archive pages and the popup follow links themselves; a card on a web page
 * passes `open`, because a web page may not navigate to an extension page (the background opens it).
 */
export interface CardLinks {
  /** The entity's page in the archive. */
  entity(id: string): string;
  /** An archive article, at the sentence a fact comes from when given. */
  article(articleId: string, sentence?: string): string;
  /** Opens an address the page cannot follow itself; absent: the link is followed as usual. */
  open?(url: string): void;
  /** Follow links in a new tab (the popup, which closes) rather than in the card's own tab. */
  newTab?: boolean;
}
