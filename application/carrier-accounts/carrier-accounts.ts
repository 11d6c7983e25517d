import {
  type CarrierAccountCommand,
  type CarrierAccountsState,
  carrierAccountsDecider,
} from '../../domain/carrier-accounts/carrier-accounts';
import type { CarrierAccountEvent } from '../../domain/carrier-accounts/events';
import { streamName } from '../../domain/shared/ids';
import { type CommandRequest, commandRequest } from '../commands/command-pipeline';

/** Every carrier-account command goes to the one stream of the command's tenant. */
export const carrierAccountsRequest = (
  command: CarrierAccountCommand,
): CommandRequest<CarrierAccountCommand, CarrierAccountEvent, CarrierAccountsState> =>
  commandRequest(carrierAccountsDecider, streamName.carrierAccounts(command.tenantId), command);
