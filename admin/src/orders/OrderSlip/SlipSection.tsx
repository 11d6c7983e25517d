import { Card, CardContent, CardHeader } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * One section of the 受注伝票. The shop's own sections have a coloured edge, so that what the shop typed never reads as
 * what the buyer or mall sent.
 */
export const SlipSection = ({
  title,
  side = 'mall',
  action,
  children,
}: {
  title: string;
  side?: 'mall' | 'shop';
  action?: ReactNode;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const heading = translate(title, { _: title });
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={heading}
      sx={side === 'shop' ? { borderColor: 'primary.main', borderLeftWidth: 4 } : undefined}
    >
      <CardHeader
        title={heading}
        action={action}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3', sx: { fontWeight: 'bold' } } }}
        sx={{ py: 1 }}
      />
      <CardContent sx={{ pt: 0, '&:last-child': { pb: 2 } }}>{children}</CardContent>
    </Card>
  );
};
