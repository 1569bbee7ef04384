import { describe, expect, it, vi } from 'vitest';
import { watchExtensionContext, type PortLike, type RuntimeLike } from '../../../src/page/extension-context';
import { LIFE_PORT } from '../../../src/messaging/page-requests';

/** A runtime whose `id` the test takes away, and whose ports the test disconnects. */
function fakeRuntime() {
  const ports: (PortLike & { drop(): void; closed: boolean })[] = [];
  const runtime = {
    id: 'ext' as string | undefined,
    failConnect: false,
    names: [] as string[],
    connect({ name }: { name: string }) {
      if (runtime.failConnect) throw new Error('Extension context invalidated.');
      runtime.names.push(name);
      const listeners: (() => void)[] = [];
      const port = {
        closed: false,
        onDisconnect: { addListener: (cb: () => void) => void listeners.push(cb) },
        disconnect: () => {
          port.closed = true;
        },
        drop: () => {
          for (const cb of listeners) cb();
        },
      };
      ports.push(port);
      return port;
    },
  };
  return { runtime: runtime as typeof runtime & RuntimeLike, ports };
}

describe('watchExtensionContext', () => {
  it('aborts when the port drops and the extension is gone (now or a task later, as in Chromium)', async () => {
    vi.useFakeTimers();
    try {
      for (const goneAfter of [0, 1]) {
        const { runtime, ports } = fakeRuntime();
        const life = new AbortController();
        watchExtensionContext(runtime, life);
        expect(runtime.names).toEqual([LIFE_PORT]);
        if (goneAfter === 0) runtime.id = undefined;
        ports[0]!.drop();
        if (goneAfter === 1) {
          expect(life.signal.aborted).toBe(false);
          runtime.id = undefined;
          await vi.advanceTimersByTimeAsync(0);
        }
        expect(life.signal.aborted).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps going when only the idle worker went away, and opens the port again at the next message', async () => {
    vi.useFakeTimers();
    try {
      const { runtime, ports } = fakeRuntime();
      const life = new AbortController();
      const context = watchExtensionContext(runtime, life);
      ports[0]!.drop();
      await vi.advanceTimersByTimeAsync(1000);
      expect(life.signal.aborted).toBe(false);
      expect(ports).toHaveLength(1); // no timer wakes the worker
      context.touch();
      context.touch();
      expect(ports).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts when the port cannot be opened again, or when a shown tab finds the extension gone', () => {
    const { runtime, ports } = fakeRuntime();
    const life = new AbortController();
    const context = watchExtensionContext(runtime, life);
    ports[0]!.drop(); // the idle worker stopped
    runtime.failConnect = true;
    runtime.id = undefined;
    context.touch();
    expect(life.signal.aborted).toBe(true);

    const other = fakeRuntime();
    const life2 = new AbortController();
    const context2 = watchExtensionContext(other.runtime, life2);
    expect(context2.check()).toBe(true);
    other.runtime.id = undefined;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(life2.signal.aborted).toBe(true);
    expect(other.ports[0]!.closed).toBe(true); // aborting closes the port
  });
});
