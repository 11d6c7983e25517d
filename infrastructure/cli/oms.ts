import { Command } from 'commander';
import { describeStartFailure, StartFailure } from '../start-failure';
import { registerCarrierCommand } from './carrier-command';
import { registerDemoDataCommand } from './demo-data-command';
import { registerDocumentsCommand } from './documents-command';
import { registerImportCommand } from './import-command';
import { registerLabelsCommand } from './labels-command';
import { registerMyPageCommand } from './my-page-command';
import { registerMailCommand } from './mail-command';
import { registerOrdersCommand } from './orders-command';
import { registerRulesCommand } from './rules-command';
import { registerPrintNameCommand } from './print-name-command';
import { registerProjectionCommands } from './projections-commands';
import { registerShippingResultsCommand } from './shipping-results-command';
import { registerShopCommand } from './shop-command';
import { registerSetupCommand } from './setup-command';
import { registerTokenCommand } from './token-command';
import { registerTrackingCommand } from './tracking-command';
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
registerPrintNameCommand(program);
registerDocumentsCommand(program);
registerCarrierCommand(program);
registerLabelsCommand(program);
registerTrackingCommand(program);
registerShippingResultsCommand(program);
registerMyPageCommand(program);
registerMailCommand(program);
registerOrdersCommand(program);
registerRulesCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  // A failure to open the database says what failed and what to do; a command's own refusal is its message.
  console.error(
    error instanceof StartFailure
      ? describeStartFailure(error, 'oms: データベースを開けませんでした / could not open the database.')
      : error instanceof Error
        ? error.message || error.name
        : String(error),
  );
  process.exit(1);
});
