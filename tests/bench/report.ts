/**
 * Benchmark figures: each on its own line as `BENCH <name> <value> <unit>` for scripts, then a table for people.
 */
const figures: Array<{ name: string; value: number; unit: string }> = [];

export function figure(name: string, value: number, unit: string): void {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  figures.push({ name, value: rounded, unit });
  console.log(`BENCH ${name} ${rounded} ${unit}`);
}

export function printTable(): void {
  console.log('');
  console.table(figures.map((f) => ({ figure: f.name, value: f.value.toLocaleString('en-US'), unit: f.unit })));
}

/** Runs `work` and returns how many per second, for `count` units of work. */
export async function ratePerSecond(count: number, work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

/** Runs `count` tasks with at most `concurrency` in flight. */
export async function inParallel(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}
