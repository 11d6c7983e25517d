import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime, stime and the reaped children's cutime, cstime of one process, and its parent, from /proc/<pid>/stat. */
async function processTicks(pid: string): Promise<{ parent: string; ticks: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: the numbered fields start after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [parent, utime, stime, cutime, cstime] = [fields[1]!, ...[11, 12, 13, 14].map((i) => Number(fields[i]))];
  return { parent, ticks: utime! + stime! + cutime! + cstime! };
}

/** CPU seconds used so far by one process (its threads included), or undefined where /proc cannot tell. */
export async function processCpuSeconds(pid: number): Promise<number | undefined> {
  const used = await processTicks(String(pid));
  return used && used.ticks / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by the embedded PostgreSQL whose data directory is `dataDir`: its postmaster and every process
 * it started, backends that have ended included (the postmaster reaps them into its children's time). Undefined where
 * that cannot be read: no /proc (not Linux), or a server of one's own (DATABASE_URL), which may be on another machine.
 */
export async function postgresCpuSeconds(dataDir: string | undefined): Promise<number | undefined> {
  if (!dataDir) return undefined;
  const postmaster = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => ''))
    ?.split('\n')[0]
    ?.trim();
  if (!postmaster) return undefined;
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  let ticks = 0;
  for (const pid of pids) {
    const used = await processTicks(pid);
    if (used && (pid === postmaster || used.parent === postmaster)) ticks += used.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}
