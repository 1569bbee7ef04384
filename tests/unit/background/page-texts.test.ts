import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameOf, keepText, keptText } from '../../../src/background/page-texts';

const sender = (tab: number | undefined, frameId = 0) => ({ ...(tab === undefined ? {} : { tab: { id: tab } }), frameId }) as never;

describe('the text kept per frame', () => {
  it('is kept per tab and frame, and never for our own pages', () => {
    keepText(frameOf(sender(1)), 'top of tab 1', 7);
    keepText(frameOf(sender(1, 3)), 'a frame in tab 1', 2);
    keepText(frameOf(sender(undefined)), 'the popup');
    expect(keptText(frameOf(sender(1)))).toBe('top of tab 1');
    expect(keptText(frameOf(sender(1, 3)))).toBe('a frame in tab 1');
    expect(frameOf(sender(undefined))).toBeUndefined();
    expect(keptText(undefined)).toBeUndefined();
  });

  it('is given to the rest of a page only for the same scan', () => {
    keepText(frameOf(sender(2)), 'scan 5 top', 5);
    expect(keptText(frameOf(sender(2)), 5)).toBe('scan 5 top');
    // a newer scan replaced it: the rest of scan 5 must not be joined to scan 6's top
    keepText(frameOf(sender(2)), 'scan 6 top', 6);
    expect(keptText(frameOf(sender(2)), 5)).toBeUndefined();
    expect(keptText(frameOf(sender(2)), 6)).toBe('scan 6 top');
  });

  it('is dropped with its tab', async () => {
    keepText(frameOf(sender(4)), 'tab 4', 1);
    keepText(frameOf(sender(4, 9)), 'tab 4 frame', 1);
    keepText(frameOf(sender(40)), 'tab 40', 1);
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(keptText(frameOf(sender(4)))).toBeUndefined();
    expect(keptText(frameOf(sender(4, 9)))).toBeUndefined();
    expect(keptText(frameOf(sender(40)))).toBe('tab 40');
  });
});
