import * as E from 'fp-ts/Either';
import { AutomationRule } from '../../../domain/automation/rule';

/**
 * The form's values as a rule, or undefined while it is not one yet (a condition without its values). The codec
 * drops what a row kept from the field it had before, so only the chosen field's values are sent.
 */
export const ruleOfForm = (values: Record<string, unknown>, id: string): AutomationRule | undefined => {
  const decoded = AutomationRule.decode({
    id,
    name: values.name ?? '',
    enabled: values.enabled ?? true,
    stop: values.stop ?? false,
    conditions: values.conditions ?? { match: 'all', groups: [] },
    actions: values.actions ?? [],
  });
  return E.isRight(decoded) ? decoded.right : undefined;
};

/** What PUT /api/automation-rules/:id takes: the rule without its id (the URL's), in its place. */
export const saveBody = (rule: AutomationRule, position: number | null = null) => {
  const { id: _id, ...body } = rule;
  return { rule: body, position };
};
