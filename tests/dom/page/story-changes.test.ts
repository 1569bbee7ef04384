import { beforeEach, describe, expect, it } from 'vitest';
import { STORY_MIN_CHARS, touchesStory } from '../../../src/page/story-changes';

/** The records a MutationObserver gives for `change`, on the whole document. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((r) => seen.push(...r));
  observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
  change();
  await Promise.resolve();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

const $ = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML = `<header><span id="clock">10:00</span></header>
    <div id="wrap"><h1 id="headline">A headline</h1><div id="story"><p id="p">The story's first paragraph.</p></div></div>
    <aside id="rail"><div id="ad">An advert</div></aside>`;
});

const regions = () => [$('headline'), $('story')];

describe('touchesStory', () => {
  it('says no to changes outside the story: a clock ticking, an advert swapped, a small teaser added', async () => {
    expect(touchesStory(await recordsOf(() => ($('clock').firstChild as Text).replaceData(0, 5, '10:01')), regions())).toBe(false);
    expect(touchesStory(await recordsOf(() => $('ad').replaceChildren('Another advert')), regions())).toBe(false);
    expect(touchesStory(await recordsOf(() => $('rail').append(Object.assign(document.createElement('p'), { textContent: 'Read next: a teaser' }))), regions())).toBe(false);
    expect(touchesStory(await recordsOf(() => document.body.append(document.createElement('ins'))), regions())).toBe(false);
  });

  it('says yes to a change inside the story or its headline', async () => {
    expect(touchesStory(await recordsOf(() => ($('p').firstChild as Text).appendData(' More.')), regions())).toBe(true);
    expect(touchesStory(await recordsOf(() => $('story').append(document.createElement('p'))), regions())).toBe(true);
    expect(touchesStory(await recordsOf(() => $('headline').replaceChildren('A new headline')), regions())).toBe(true);
  });

  it('says yes to a sibling added beside the story (more of it may join), and to the story taken out', async () => {
    expect(touchesStory(await recordsOf(() => $('wrap').append(document.createElement('p'))), regions())).toBe(true);
    const before = regions();
    expect(touchesStory(await recordsOf(() => $('wrap').remove()), before)).toBe(true);
  });

  it('says yes to enough text added anywhere to be a story of its own', async () => {
    const long = 'word '.repeat(STORY_MIN_CHARS / 5);
    expect(touchesStory(await recordsOf(() => $('rail').append(Object.assign(document.createElement('div'), { textContent: long }))), regions())).toBe(true);
    const short = 'word '.repeat(STORY_MIN_CHARS / 10);
    const records = await recordsOf(() => {
      $('rail').append(Object.assign(document.createElement('div'), { textContent: short }));
      document.body.append(Object.assign(document.createElement('div'), { textContent: short }));
    });
    expect(records.length).toBe(2);
    expect(touchesStory(records, regions())).toBe(true); // counted over the records of one batch
  });

  it('says no to a part of the story that is never read filling in (a comment thread), however long', async () => {
    $('story').append(Object.assign(document.createElement('section'), { id: 'comments' }));
    const skipped = new Set([$('comments')]);
    const thread = 'A reader writes at length. '.repeat(100);
    const records = await recordsOf(() => $('comments').append(Object.assign(document.createElement('p'), { textContent: thread })));
    expect(touchesStory(records, regions(), skipped)).toBe(false);
    expect(touchesStory(records, regions())).toBe(true); // the same change, had the thread been read
    expect(touchesStory(await recordsOf(() => ($('p').firstChild as Text).appendData(' More.')), regions(), skipped)).toBe(true);
  });

  it('says yes to everything before anything was read', async () => {
    expect(touchesStory(await recordsOf(() => ($('clock').firstChild as Text).replaceData(0, 5, '10:02')), [])).toBe(true);
  });
});
