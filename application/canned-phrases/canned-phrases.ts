import type * as E from 'fp-ts/Either';
import {
  type CannedPhraseCommand,
  type CannedPhrasesState,
  cannedPhrasesDecider,
} from '../../domain/canned-phrases/canned-phrases';
import { streamName } from '../../domain/shared/ids';
import type { CommandContext } from '../commands/command-context';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../commands/command-handler';

/** Every canned-phrase command goes to the one stream of the command's tenant. */
export const changeCannedPhrases = (
  commands: CommandHandler,
  command: CannedPhraseCommand,
  context: CommandContext,
): Promise<E.Either<CommandFailure, CommandSuccess<CannedPhrasesState>>> =>
  commands.handle(cannedPhrasesDecider, streamName.cannedPhrases(command.tenantId), command, context, {
    commandName: command.type,
  });
