import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

/** Folders of this process's servers (tests run several in one process): never leftovers while it runs. */
const OPEN_HERE = new Set<string>();

/** Whether a process with this id runs (EPERM: it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Where a server keeps the files uploaded for an import while it runs: a folder of its own under the upload root
 * (`<pid>-<random>`), removed when it stops. A server killed midway (SIGKILL, a power cut) cannot remove its own, so
 * each start removes the folders of servers that no longer run: those whose process is gone, and those with this
 * process's id that no server here opened (a container restarts its server with the same id).
 */
export class UploadFolder {
  private folder: string | undefined;

  constructor(
    private readonly root: string,
    private readonly logger: Logger,
  ) {}

  /** The folder for uploads, made (and the leftovers of stopped servers removed) at the first call. */
  async path(): Promise<string> {
    if (this.folder) return this.folder;
    await mkdir(this.root, { recursive: true });
    await this.removeLeftovers();
    const folder = path.join(this.root, `${process.pid}-${randomUUID()}`);
    await mkdir(folder);
    OPEN_HERE.add(folder);
    this.folder = folder;
    return folder;
  }

  async close(): Promise<void> {
    if (!this.folder) return;
    OPEN_HERE.delete(this.folder);
    await rm(this.folder, { recursive: true, force: true });
    this.folder = undefined;
  }

  private async removeLeftovers(): Promise<void> {
    for (const entry of await readdir(this.root, { withFileTypes: true })) {
      const owner = /^(\d+)-[0-9a-f-]{36}$/.exec(entry.name);
      if (!entry.isDirectory() || !owner) continue;
      const folder = path.join(this.root, entry.name);
      const pid = Number(owner[1]);
      if (OPEN_HERE.has(folder) || (pid !== process.pid && isRunning(pid))) continue;
      const files = await readdir(folder).catch(() => []);
      await rm(folder, { recursive: true, force: true });
      if (files.length > 0)
        this.logger.warn({ folder, files: files.length }, 'removed files uploaded to a server that stopped midway');
    }
  }
}
