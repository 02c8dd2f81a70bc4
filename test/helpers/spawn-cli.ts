/** Runs the real `agendum` command as a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/agendum.js');

/**
 * The budget of one test that runs the real command several times. Each run starts a Node
 * process that compiles the TypeScript sources: a second or two alone, ten or more on a
 * loaded 2-core machine. The bound only stops a hung command; it measures nothing.
 */
export const CLI_TEST_TIMEOUT_MS = 180_000;

/** Only what the command needs: tests never inherit a developer's own configuration. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
}

/** Runs `agendum …args` to completion; `root` is another copy of the package, if given. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  input?: string,
  root = ROOT,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const bin = path.join(root, 'bin/agendum.js');
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Starts `agendum start` and leaves it running; the caller kills it. */
export function startCli(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, 'start'], {
    cwd: ROOT,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
