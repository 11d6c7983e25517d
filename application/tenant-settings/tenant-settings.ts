import type * as E from 'fp-ts/Either';
import { streamName } from '../../domain/shared/ids';
import {
  type TenantSettingsCommand,
  type TenantSettingsState,
  tenantSettingsDecider,
} from '../../domain/tenant-settings/tenant-settings';
import type { CommandContext } from '../commands/command-context';
import { commandRequest } from '../commands/command-pipeline';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../commands/command-handler';
import type { EventRegistry } from '../events/event-registry';
import { loadState } from '../events/load-state';
import type { EventStore } from '../ports/event-store';

/** Every settings command goes to the one stream of the command's tenant. */
export const tenantSettingsRequest = (command: TenantSettingsCommand) =>
  commandRequest(tenantSettingsDecider, streamName.tenantSettings(command.tenantId), command);

/** The same, straight to the handler, without read-your-writes. */
export const changeTenantSettings = (
  commands: CommandHandler,
  command: TenantSettingsCommand,
  context: CommandContext,
): Promise<E.Either<CommandFailure, CommandSuccess<TenantSettingsState>>> =>
  commands.handle(tenantSettingsDecider, streamName.tenantSettings(command.tenantId), command, context, {
    commandName: command.type,
  });

/** The settings as the write side knows them (not a read model): what an order's route is copied from. */
export async function loadTenantSettings(
  store: EventStore,
  registry: EventRegistry,
  tenantId: string,
): Promise<TenantSettingsState> {
  return loadState(store, registry, tenantSettingsDecider, streamName.tenantSettings(tenantId));
}
