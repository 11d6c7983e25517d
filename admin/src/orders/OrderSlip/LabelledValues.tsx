import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** Label and value pairs in two aligned columns, as on a printed slip. */
export const LabelledValues = ({ rows }: { rows: ReadonlyArray<readonly [label: string, value: ReactNode]> }) => {
  const translate = useTranslate();
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {translate(label)}
          </Box>
          {/* pre-wrap: buyers' and staff's line breaks are part of what they wrote. */}
          <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value === '' || value === null || value === undefined ? '-' : value}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
