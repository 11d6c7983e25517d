/**
 * Chromium for browser tests: the build that @sparticuz/chromium ships inside its npm package, so a machine that has
 * run `npm ci` (CI included) needs nothing else.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';

const execFileAsync = promisify(execFile);

// Root in a container needs --no-sandbox; the rest keep Chromium from reaching for a network it does not have here.
// None of the package's own `args` are needed off Lambda: without --single-process and --no-zygote it runs as usual.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await unpackedChromium(), headless: true, args: ARGS });
}

/**
 * The package unpacks into the temp directory and then reuses whatever `chromium` it finds there: one left half-written
 * by a killed run, being written by a parallel jest worker, or from an older version. So a child process unpacks into a
 * fresh TMPDIR (jest's sandboxed process.env would not reach os.tmpdir()), moved into place per version in one rename.
 */
async function unpackedChromium(): Promise<string> {
  const target = path.join(os.tmpdir(), `sparticuz-chromium-${packageVersion()}`);
  const executable = path.join(target, 'chromium');
  if (existsSync(executable)) return executable;

  const staging = await mkdtemp(`${target}.unpacking-`);
  const script = "require('@sparticuz/chromium').executablePath().then((p) => process.stdout.write(p))";
  const { stdout } = await execFileAsync(process.execPath, ['-e', script], {
    cwd: __dirname,
    env: { ...process.env, TMPDIR: staging },
  });
  if (path.dirname(stdout) !== staging)
    throw new Error(`@sparticuz/chromium unpacked to ${stdout}, not into ${staging}`);
  await rename(staging, target).catch(async (error: unknown) => {
    if (!existsSync(executable)) throw error;
    await rm(staging, { recursive: true, force: true }); // another worker got there first
  });
  return executable;
}

function packageVersion(): string {
  // The package's exports hide its package.json; the entry point is build/cjs/index.cjs.
  const manifest = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
