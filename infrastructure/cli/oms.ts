import { Command } from 'commander';
import { registerDemoDataCommand } from './demo-data-command';
import { registerImportCommand } from './import-command';
import { registerProjectionCommands } from './projections-commands';
import { registerShopCommand } from './shop-command';
import { registerSetupCommand } from './setup-command';
import { registerTokenCommand } from './token-command';
import { registerUserCommand } from './user-command';

/** `npm run oms -- <command>`: the operator's command line. */
const program = new Command('oms').description('受注管理システム operator CLI').showHelpAfterError();
registerSetupCommand(program);
registerProjectionCommands(program);
registerTokenCommand(program);
registerUserCommand(program);
registerShopCommand(program);
registerDemoDataCommand(program);
registerImportCommand(program);

program.parseAsync(process.argv).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
