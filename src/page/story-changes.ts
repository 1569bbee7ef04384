/**
 * Which page changes can change the story's text. Real pages keep changing after they load (adverts
 * swapped, clocks, teaser rails, lazy widgets), mostly outside the story; reading the story again for each
 * costs a whole scoring of the page and finds the same text.
 */

/** Readability's minimum article length: added text shorter than this cannot be a story of its own. */
export const STORY_MIN_CHARS = 500;

/**
 * True when `records` may change the text read from `regions`: a change inside a region (not inside one of
 * the `skipped` parts of it, such as a comment thread or a share bar, whose text is never read), among a
 * region's siblings (more of the story may join it), a region taken out of the page, or at least
 * {@link STORY_MIN_CHARS} characters added anywhere (the story may have been rendered elsewhere). With no
 * regions yet (nothing read so far), every change may.
 */
export function touchesStory(records: readonly MutationRecord[], regions: readonly Element[], skipped: ReadonlySet<Element> = new Set()): boolean {
  if (regions.length === 0) return true;
  for (const region of regions) if (!region.isConnected) return true;
  let added = 0;
  for (const r of records) {
    const target = r.target;
    let inSkipped = false;
    for (const region of regions) {
      if (target === region.parentNode) return true;
      if (!region.contains(target)) continue;
      if (!insideSkipped(target, region, skipped)) return true;
      inSkipped = true;
    }
    if (inSkipped) continue; // a comment thread filling in: never read, however long
    for (const node of Array.from(r.addedNodes)) {
      added += node.textContent?.length ?? 0;
      if (added >= STORY_MIN_CHARS) return true;
    }
  }
  return false;
}

/** Whether `node` lies inside one of `skipped`, below `region`. */
function insideSkipped(node: Node, region: Element, skipped: ReadonlySet<Element>): boolean {
  if (skipped.size === 0) return false;
  for (let n: Node | null = node; n && n !== region; n = n.parentNode) if (skipped.has(n as Element)) return true;
  return false;
}
