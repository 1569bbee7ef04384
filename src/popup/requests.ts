import { browser } from 'wxt/browser';
import type { ArchiveStats, Request } from '../messaging/protocol';

export async function requestArchiveStats(): Promise<ArchiveStats> {
  const request: Request = { type: 'archive-stats' };
  return (await browser.runtime.sendMessage(request)) as ArchiveStats;
}
