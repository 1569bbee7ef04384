/** The real popup page: searching the archive shows a card; it says a page of its own cannot be annotated. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type ExtensionSession } from './browser';

let browser: ExtensionSession;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('popup', () => {
  it('searches the archive and shows the card of the name picked', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.getByTestId('search').fill('kerr');
    await page.getByTestId('search-results').getByRole('button', { name: 'John Kerry' }).click();
    const card = page.getByRole('dialog');
    await expect.poll(() => card.textContent(), { timeout: 3000 }).toContain('US climate envoy');
    expect(await card.textContent()).toContain('9 November 2023');
    expect(await page.getByTestId('site-rule').textContent()).toMatch(/cannot be annotated/);
    expect(await page.getByTestId('archive-stats').textContent()).toContain('0 network requests');
    await page.close();
  });
});
