import { Alert, AlertTitle } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { type AmountProblem, describeAmountProblem } from '../../../../domain/order/amounts';

/** The mall's amounts do not add up: the order stands, but a person must check it before billing or shipping. */
export const AmountProblemsAlert = ({ problems, title }: { problems: readonly AmountProblem[]; title?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (problems.length === 0) return null;
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{translate(title ?? 'oms.order_slip.amount_problems')}</AlertTitle>
      {problems.map((problem) => (
        <div key={problem.code}>{describeAmountProblem(problem)[locale === 'en' ? 'en' : 'ja']}</div>
      ))}
    </Alert>
  );
};
