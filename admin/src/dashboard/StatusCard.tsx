import type { ComponentType, ReactNode } from 'react';
import { Box, Card, CardContent, type SvgIconProps, Typography } from '@mui/material';

export type Tone = 'success' | 'warning' | 'error';

export const StatusCard = ({
  icon: Icon,
  title,
  value,
  tone,
}: {
  icon: ComponentType<SvgIconProps>;
  title: string;
  value: ReactNode;
  tone?: Tone;
}) => (
  <Card>
    <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Icon fontSize="large" color={tone ?? 'primary'} />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" color="text.secondary">
          {title}
        </Typography>
        <Typography variant="h6" component="p" color={tone === 'success' ? undefined : tone && `${tone}.main`} noWrap>
          {value}
        </Typography>
      </Box>
    </CardContent>
  </Card>
);
