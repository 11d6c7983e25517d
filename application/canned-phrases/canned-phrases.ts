import {
  type CannedPhraseCommand,
  type CannedPhrasesState,
  cannedPhrasesDecider,
} from '../../domain/canned-phrases/canned-phrases';
import type { CannedPhraseEvent } from '../../domain/canned-phrases/events';
import { streamName } from '../../domain/shared/ids';
import { type CommandRequest, commandRequest } from '../commands/command-pipeline';

/** Every canned-phrase command goes to the one stream of the command's tenant. */
export const cannedPhrasesRequest = (
  command: CannedPhraseCommand,
): CommandRequest<CannedPhraseCommand, CannedPhraseEvent, CannedPhrasesState> =>
  commandRequest(cannedPhrasesDecider, streamName.cannedPhrases(command.tenantId), command);
