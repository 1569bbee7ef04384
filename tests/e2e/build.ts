/** Builds the extension with WXT in a child process (its build:before hook regenerates the fact base from seeds/). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

const WXT_BIN = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');

export type Target = 'chrome' | 'firefox';

/**
 * Runs `wxt build` (`-b firefox` for Firefox MV2) and resolves with its duration in ms.
 * WXT's output is kept quiet unless the build fails, when it is part of the error.
 */
export function buildExtension(target: Target, { verbose = false } = {}): Promise<number> {
  const started = performance.now();
  const args = [WXT_BIN, 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d));
    child.stderr?.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`wxt build for ${target} exited ${code}\n${output}`));
    });
  });
}
