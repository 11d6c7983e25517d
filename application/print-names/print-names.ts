import type { PrintNameEvent } from '../../domain/print-names/events';
import { type PrintNameCommand, type PrintNamesState, printNamesDecider } from '../../domain/print-names/print-names';
import { streamName } from '../../domain/shared/ids';
import { type CommandRequest, commandRequest } from '../commands/command-pipeline';

/** Every print-name command goes to the one stream of the command's tenant. */
export const printNamesRequest = (
  command: PrintNameCommand,
): CommandRequest<PrintNameCommand, PrintNameEvent, PrintNamesState> =>
  commandRequest(printNamesDecider, streamName.printNames(command.tenantId), command);
