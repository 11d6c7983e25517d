import * as E from 'fp-ts/Either';
import { AutomationRule } from '../../../domain/automation/rule';

/**
 * The form's values as a rule, or undefined while it is not one yet (a condition without its values). The codec
 * drops what a row kept from the field it had before, so only the chosen field's values are sent.
 */
export const ruleOfForm = (values: Record<string, unknown>, id: string): AutomationRule | undefined => {
  // A new form has no groups yet, and a new group no conditions: empty lists, not missing ones.
  const conditions = values.conditions as
    { match?: string; groups?: Array<{ match?: string; conditions?: unknown[] } | null> } | undefined;
  const decoded = AutomationRule.decode({
    id,
    name: values.name ?? '',
    enabled: values.enabled ?? true,
    stop: values.stop ?? false,
    conditions: {
      match: conditions?.match ?? 'all',
      groups: (conditions?.groups ?? []).map((group) => ({
        match: group?.match ?? 'all',
        conditions: group?.conditions ?? [],
      })),
    },
    actions: values.actions ?? [],
  });
  return E.isRight(decoded) ? decoded.right : undefined;
};

/** What PUT /api/automation-rules/:id takes: the rule without its id (the URL's), in its place. */
export const saveBody = (rule: AutomationRule, position: number | null = null) => {
  const { id: _id, ...body } = rule;
  return { rule: body, position };
};
