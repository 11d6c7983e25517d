import type { Command } from 'commander';
import { allProjections } from '../../projections/all-projections';
import { projectionStatuses } from '../../projections/projection-status';
import { ProjectionRunner } from '../../projections/runner';
import { withCli } from './cli-context';

export function registerProjectionCommands(program: Command): void {
  const projections = program.command('projections').description('read models / 読み取りモデル');

  projections
    .command('status')
    .description('checkpoint and lag of every projection')
    .action(() =>
      withCli(async (cli) => {
        const statuses = await projectionStatuses(cli.db, cli.store, allProjections);
        console.table(
          statuses.map((s) => ({
            projection: s.name,
            checkpoint: s.checkpoint,
            lag: `${s.lag}${s.lagIsAtLeast ? '+' : ''}`,
            updated: s.updatedAt,
          })),
        );
      }),
    );

  projections
    .command('rebuild [name]')
    .description('rebuild a read model (or all) from the whole event log, swapping it in when complete')
    .option('--batch-size <n>', 'events per transaction', (v) => Number(v), 5000)
    .action((name: string | undefined, options: { batchSize: number }) =>
      withCli(async (cli) => {
        const chosen = name ? allProjections.filter((p) => p.name === name) : allProjections;
        if (chosen.length === 0)
          throw new Error(`no projection named ${name}; known: ${allProjections.map((p) => p.name).join(', ')}`);
        const deps = {
          store: cli.store,
          db: cli.db,
          registry: cli.registry,
          logger: cli.logger,
          progress: cli.progress,
        };
        for (const projection of chosen) {
          const started = Date.now();
          // The live tables answer while this replays into copies; a running server goes on from the swapped-in ones.
          const replayed = await new ProjectionRunner(projection, deps, {
            batchSize: options.batchSize,
            standbyRetryMs: 1000,
          }).rebuild();
          const seconds = (Date.now() - started) / 1000;
          console.log(
            `${projection.name}: ${replayed} events in ${seconds.toFixed(1)} s (${Math.round(replayed / Math.max(seconds, 0.001))} events/s)`,
          );
        }
      }),
    );
}
