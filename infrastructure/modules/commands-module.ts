import { ContainerModule } from 'inversify';
import { CommandHandler } from '../../application/commands/command-handler';
import { CommandPipeline } from '../../application/commands/command-pipeline';
import { References } from '../../application/commands/references';
import { TOKENS } from '../container';

/** The write path: the handler (decide and append) and the pipeline every router and CLI command goes through. */
export const commandsModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.Commands).toDynamicValue(
    (c) =>
      new CommandHandler(c.get(TOKENS.EventStore), c.get(TOKENS.Registry), c.get(TOKENS.Clock), c.get(TOKENS.Logger)),
  );
  bind(TOKENS.References).toDynamicValue((c) => new References(c.get(TOKENS.EventStore), c.get(TOKENS.Registry)));
  bind(TOKENS.Pipeline).toDynamicValue(
    (c) =>
      new CommandPipeline(
        c.get(TOKENS.Commands),
        c.get(TOKENS.ReadModelWaiter),
        c.get(TOKENS.References),
        c.get(TOKENS.Logger),
      ),
  );
});
