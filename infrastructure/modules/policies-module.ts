import { ContainerModule } from 'inversify';
import { CommandPipeline } from '../../application/commands/command-pipeline';
import { automaticBundlesPolicy } from '../../application/policies/automatic-bundles-policy';
import { automaticMailsPolicy } from '../../application/policies/automatic-mails-policy';
import { recheckOrdersPolicy } from '../../application/policies/recheck-orders-policy';
import { ProjectionRunner } from '../../projections/runner';
import { TOKENS } from '../container';

/**
 * The process managers, each run like a projection (its checkpoint, its advisory lock: one process runs it). They
 * are not among the read models the commands wait for: their commands go through a pipeline that does not wait
 * either, so a policy never waits on itself.
 */
export const policiesModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.PolicyRunners).toDynamicValue((c) => {
    const logger = c.get(TOKENS.Logger);
    const pipeline = new CommandPipeline(
      c.get(TOKENS.Commands),
      { waitFor: async () => true },
      c.get(TOKENS.References),
      logger,
    );
    const deps = {
      store: c.get(TOKENS.EventStore),
      db: c.get(TOKENS.Db),
      registry: c.get(TOKENS.Registry),
      logger,
      progress: c.get(TOKENS.ProjectionProgress),
    };
    const automaticMails = automaticMailsPolicy({
      store: deps.store,
      registry: deps.registry,
      settings: c.get(TOKENS.ShopMailSettings),
      requests: { ...c.get(TOKENS.MailRequests), pipeline },
      log: logger,
    });
    const recheckOrders = recheckOrdersPolicy({ intake: c.get(TOKENS.IntakePlanning), pipeline, log: logger });
    // It reads the order list (同梱候補), so it waits for the read models before it looks; its merges do not wait.
    const automaticBundles = automaticBundlesPolicy({
      store: deps.store,
      registry: deps.registry,
      pipeline,
      db: deps.db,
      readModels: c.get(TOKENS.ReadModelWaiter),
      log: logger,
    });
    return [
      new ProjectionRunner(automaticMails, deps),
      new ProjectionRunner(recheckOrders, deps),
      new ProjectionRunner(automaticBundles, deps),
    ];
  });
});
