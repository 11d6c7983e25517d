import {
  type AutomationRulesCommand,
  type AutomationRulesState,
  automationRulesDecider,
} from '../../domain/automation/automation-rules';
import { streamName } from '../../domain/shared/ids';
import { commandRequest } from '../commands/command-pipeline';
import type { EventRegistry } from '../events/event-registry';
import { loadState } from '../events/load-state';
import type { EventStore } from '../ports/event-store';

/** Every rule command goes to the one rules stream of the command's tenant. */
export const automationRulesRequest = (command: AutomationRulesCommand) =>
  commandRequest(automationRulesDecider, streamName.automationRules(command.tenantId), command);

/** The tenant's rules as the write side knows them, in order, enabled or not. */
export async function loadAutomationRules(
  store: EventStore,
  registry: EventRegistry,
  tenantId: string,
): Promise<AutomationRulesState> {
  return loadState(store, registry, automationRulesDecider, streamName.automationRules(tenantId));
}
