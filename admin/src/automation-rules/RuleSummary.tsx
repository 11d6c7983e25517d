import { Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { type RuleNames, summarizeRule } from '../../../domain/automation/rule-summary';
import { defaultHoldBoxName } from '../../../domain/tenant-settings/hold-boxes';
import { ruleOfForm } from './rule-of-form';

/** Shop, route and hold-box names for the summary, from the lists the settings screens read. */
const useRuleNames = (): RuleNames => {
  const { data: shops = [] } = useGetList('shops', { pagination: { page: 1, perPage: 500 } });
  const { data: routes = [] } = useGetList('processing-routes', { pagination: { page: 1, perPage: 500 } });
  const { data: boxes = [] } = useGetList('hold-boxes', { pagination: { page: 1, perPage: 30 } });
  const nameOf = (rows: Array<{ id: string | number; name: string }>, id: string | number) =>
    rows.find((row) => row.id === id)?.name;
  return {
    shop: (id) => nameOf(shops, id) ?? id,
    route: (id) => nameOf(routes, id) ?? id,
    box: (n) => nameOf(boxes, n) || defaultHoldBoxName(n),
  };
};

/** The live summary line under the form: what the rule says, as the list will show it. */
export const RuleSummary = () => {
  const translate = useTranslate();
  const values = useWatch();
  const names = useRuleNames();
  const rule = ruleOfForm(values, 'draft');
  return (
    <Typography variant="body1" sx={{ mt: 2, fontWeight: 'bold' }} data-testid="rule-summary">
      {rule ? summarizeRule(rule, names) : translate('resources.automation-rules.incomplete')}
    </Typography>
  );
};
