import { Command } from 'commander';
import { registerProjectionCommands } from './projections-commands';
import { registerSetupCommand } from './setup-command';
import { registerTokenCommand } from './token-command';

/** `npm run oms -- <command>`: the operator's command line. */
const program = new Command('oms').description('受注管理システム operator CLI').showHelpAfterError();
registerSetupCommand(program);
registerProjectionCommands(program);
registerTokenCommand(program);

program.parseAsync(process.argv).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
