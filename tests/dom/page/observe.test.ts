import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { watchChanges, watchNavigation } from '../../../src/page/observe';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<main><p id="p">John Kerry said</p></main><div id="ours"></div>';
});
afterEach(() => controller.abort());

function watch(extra: Partial<Parameters<typeof watchChanges>[0]> = {}) {
  const onStale = vi.fn();
  const onRescan = vi.fn();
  watchChanges({ root: document.body, signal: controller.signal, onStale, onRescan, debounceMs: 30, ...extra });
  return { onStale, onRescan };
}

describe('watchChanges', () => {
  it('calls a page busy when it changes ten times a second, whether or not the changes matter, and quiet once it stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const onBusy = vi.fn();
    const { onRescan } = watch({ onBusy, matters: () => false });
    const ours = document.getElementById('ours')!;
    // a clock changing once a second is not busy
    for (let i = 0; i < 5; i++) {
      ours.textContent = `clock ${i}`;
      await Promise.resolve();
      vi.advanceTimersByTime(1000);
    }
    expect(onBusy).not.toHaveBeenCalled();
    // a ticker every 50 ms is, at its fifth change, though it never asks for a rescan
    for (let i = 0; i < 40; i++) {
      ours.textContent = `tick ${i}`;
      await Promise.resolve();
      vi.advanceTimersByTime(50);
      if (i === 3) expect(onBusy).not.toHaveBeenCalled();
      if (i === 4) expect(onBusy.mock.calls).toEqual([[true]]);
    }
    expect(onRescan).not.toHaveBeenCalled();
    expect(onBusy.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(1_000); // quiet for less than 1.5 s: still busy
    expect(onBusy.mock.calls).toEqual([[true]]);
    vi.advanceTimersByTime(5_000);
    expect(onBusy.mock.calls).toEqual([[true], [false]]);
  });

  it('backs rescans off to one a second on a page whose story keeps changing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { onRescan } = watch();
    const p = document.getElementById('p')!;
    for (let i = 0; i < 100; i++) {
      p.append(` tick ${i}`);
      await Promise.resolve();
      vi.advanceTimersByTime(100);
    }
    // 10 s of changes: 4 rescans 30 ms after a change, then one a second
    expect(onRescan.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(onRescan.mock.calls.length).toBeLessThanOrEqual(16);
  });

  it('reports every change as stale, but asks for a rescan only for changes that matter', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const ours = document.getElementById('ours')!;
    const { onStale, onRescan } = watch({ matters: (records) => records.some((r) => r.target !== ours) });
    ours.append('an advert');
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(onRescan).not.toHaveBeenCalled();
    document.getElementById('p')!.append(' and more');
    await Promise.resolve();
    vi.advanceTimersByTime(100);
    expect(onStale).toHaveBeenCalledTimes(2);
    expect(onRescan).toHaveBeenCalledTimes(1);
  });

  it('reports stale at once and coalesces a burst of changes into one rescan', async () => {
    // the page's clock, not the machine's: a busy machine must not stretch 2 ms past the 30 ms debounce
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { onStale, onRescan } = watch();
    const p = document.getElementById('p')!;
    (p.firstChild as Text).data = 'John Kelly said';
    await Promise.resolve();
    expect(onStale).toHaveBeenCalledTimes(1); // in the observer's microtask, before any timer
    expect(onStale.mock.calls[0]![0][0].type).toBe('characterData');
    expect(onRescan).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) {
      p.append(` more ${i}`);
      await Promise.resolve(); // the observer's microtask
      vi.advanceTimersByTime(2);
    }
    expect(onRescan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(onRescan).toHaveBeenCalledTimes(1);
    expect(onRescan).toHaveBeenCalledWith('changes');
  });

  it.each([
    ['5,000 appends in one go (5,000 records)', () => {
      const main = document.querySelector('main')!;
      for (let i = 0; i < 5000; i++) main.appendChild(document.createElement('p')).textContent = `Card ${i}`;
    }],
    ['one fragment of 5,000 nodes (one record)', () => {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 5000; i++) frag.appendChild(document.createElement('p')).textContent = `Card ${i}`;
      document.querySelector('main')!.appendChild(frag);
    }],
  ])('%s: exactly one deferred rescan', async (_name, insert) => {
    const { onStale, onRescan } = watch();
    insert();
    await Promise.resolve();
    expect(onStale).toHaveBeenCalledTimes(1);
    // More changes while the big rescan is pending ride on it.
    document.getElementById('p')!.append(' and more');
    await wait(150);
    expect(onRescan).toHaveBeenCalledTimes(1);
    expect(onRescan).toHaveBeenCalledWith('big-batch');
  });

  it('ignores changes inside our own host, and the host being added', async () => {
    const ours = document.getElementById('ours')!;
    const { onStale, onRescan } = watch({ skip: (n) => n === ours || (n as Element).id === 'ours-host' });
    ours.append(document.createElement('span'));
    ours.textContent = 'card text';
    const host = document.createElement('div');
    host.id = 'ours-host';
    document.body.append(host);
    await wait(60);
    expect(onStale).not.toHaveBeenCalled();
    expect(onRescan).not.toHaveBeenCalled();
  });

  it('stops when the signal aborts', async () => {
    const { onStale, onRescan } = watch();
    document.getElementById('p')!.append('x');
    controller.abort();
    await wait(60);
    document.getElementById('p')!.append('y');
    await wait(60);
    expect(onStale).not.toHaveBeenCalled();
    expect(onRescan).not.toHaveBeenCalled();
  });
});

describe('watchNavigation', () => {
  beforeEach(() => history.replaceState(null, '', '/news/a'));

  it('polls where the Navigation API is missing: a path change navigates, a hash change does not', async () => {
    const onNavigate = vi.fn();
    watchNavigation({ signal: controller.signal, onNavigate, pollMs: 10 });
    history.pushState(null, '', '/news/a#comments');
    await wait(40);
    expect(onNavigate).not.toHaveBeenCalled();
    history.pushState(null, '', '/news/b?page=2');
    await wait(40);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate.mock.calls[0]![0]).toMatch(/\/news\/b\?page=2$/);
    controller.abort();
    history.pushState(null, '', '/news/c');
    await wait(40);
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('uses the Navigation API where present, without polling', async () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: EventTarget }).navigation = navigation;
    try {
      const onNavigate = vi.fn();
      watchNavigation({ signal: controller.signal, onNavigate, pollMs: 10 });
      history.pushState(null, '', '/news/a#top');
      navigation.dispatchEvent(new Event('navigatesuccess'));
      history.pushState(null, '', '/news/b');
      await wait(40);
      expect(onNavigate).not.toHaveBeenCalled(); // no poll: only the events count
      navigation.dispatchEvent(new Event('navigatesuccess'));
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(onNavigate).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { navigation?: EventTarget }).navigation;
    }
  });
});
