/** A card on a web page asks the background to open an archive page: only entity and article routes, beside the page's tab. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openArchivePage } from '../../../src/background/open-archive';
import { parseRequest } from '../../../src/messaging/protocol';

afterEach(() => vi.restoreAllMocks());

describe('open-archive', () => {
  it.each(['#/entity/ada-okafor', '#/article/a-1/s-abc'])('accepts %s and opens it next to the tab', async (route) => {
    expect(parseRequest({ type: 'open-archive', route })).toEqual({ type: 'open-archive', route });
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openArchivePage(route, { tab: { id: 7, index: 2 } as never })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL(`/archive.html${route}` as '/'), index: 3, openerTabId: 7 });
  });

  it.each(['javascript:alert(1)', '#/search?q=x', 'https://example.com/#/entity/a', '#/entity/a/../../x'])('refuses %s', async (route) => {
    expect(() => parseRequest({ type: 'open-archive', route })).toThrow();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openArchivePage(route, {})).toEqual({ ok: false });
    expect(create).not.toHaveBeenCalled();
  });
});
