import { ContainerModule } from 'inversify';
import { storedAutomationSettings } from '../automation/automation-settings-store';
import { TOKENS } from '../container';

/** Automation: the settings intake and the dry run read (rules, caution areas, check settings). */
export const automationModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.AutomationSettings).toDynamicValue((c) =>
    storedAutomationSettings(c.get(TOKENS.Db), c.get(TOKENS.EventStore), c.get(TOKENS.Registry)),
  );
});
