import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { ImportFile } from '../../application/import/import-orders';
import { writeRakutenFile } from '../bench/rakuten-file';

export interface GatedFile {
  readonly file: ImportFile & { readonly size: number };
  /** Lets the rest of the file through. */
  release(): void;
  remove(): Promise<void>;
}

/**
 * A 楽天 file of `orders` orders whose last 30 % waits for `release`: an import of it has imported its first batches and
 * is still running, for as long as a test needs to look at it.
 */
export async function gatedRakutenFile(orders: number): Promise<GatedFile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-gated-'));
  const name = path.join(dir, '楽天①.csv');
  await writeRakutenFile(name, orders);
  const { size } = await stat(name);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const open = () => {
    let passed = 0;
    const gate = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const pass = () => ((passed += chunk.length), done(null, chunk));
        if (passed > size * 0.7) void released.then(pass);
        else pass();
      },
    });
    return createReadStream(name).pipe(gate);
  };
  return { file: { name: '楽天①.csv', size, open }, release, remove: () => rm(dir, { recursive: true, force: true }) };
}
