import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { Carrier } from '../../../../domain/shared/carrier';
import { useCan } from '../../auth/useCan';
import { SlipSection } from './SlipSection';
import type { TrackingLink } from './types';
import { useOrderCommand } from './useOrderCommand';

const CARRIERS: readonly Carrier[] = ['yamato', 'sagawa', 'japanpost', 'seino', 'fukuyama', 'other'];

/** One destination's number: a link to the carrier's tracking page, and a pencil to type or correct it. */
const TrackingRow = ({
  number,
  link,
  defaultCarrier,
}: {
  number: number;
  link: TrackingLink | undefined;
  defaultCarrier: Carrier;
}) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canEdit = useCan('orders.process');
  const [draft, setDraft] = useState<{ carrier: Carrier; trackingNumber: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const label = translate('oms.order_slip.tracking.number', { n: number });
  const save = async () => {
    if (!draft) return;
    setSaving(true);
    const accepted = await run('set-tracking-number', { destinationIndex: number - 1, ...draft });
    setSaving(false);
    if (accepted) setDraft(null);
  };
  if (draft) {
    return (
      <Stack spacing={1} sx={{ mb: 1.5 }}>
        <TextField
          select
          size="small"
          label={translate('oms.order_slip.tracking.carrier')}
          value={draft.carrier}
          onChange={(e) => setDraft({ ...draft, carrier: e.target.value as Carrier })}
        >
          {CARRIERS.map((carrier) => (
            <MenuItem key={carrier} value={carrier}>
              {translate(`oms.carriers.${carrier}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={label}
          value={draft.trackingNumber}
          autoFocus
          onChange={(e) => setDraft({ ...draft, trackingNumber: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 60 } }}
        />
        <Stack direction="row" spacing={1}>
          <Button variant="contained" label="ra.action.save" onClick={() => void save()} disabled={saving} />
          <Button label="ra.action.cancel" onClick={() => setDraft(null)} disabled={saving} />
        </Stack>
      </Stack>
    );
  }
  return (
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
      <Box>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('oms.order_slip.destination', { n: number })}
        </Typography>
        {link ? (
          <Typography aria-label={label}>
            {translate(`oms.carriers.${link.carrier}`)}{' '}
            {link.url ? (
              <Link href={link.url} target="_blank" rel="noopener noreferrer">
                {link.trackingNumber}
              </Link>
            ) : (
              link.trackingNumber
            )}
          </Typography>
        ) : (
          <Typography aria-label={label}>{translate('oms.order_slip.tracking.none')}</Typography>
        )}
      </Box>
      {canEdit && (
        <IconButton
          size="small"
          aria-label={translate('oms.order_slip.tracking.edit', { n: number })}
          onClick={() =>
            setDraft({ carrier: link?.carrier ?? defaultCarrier, trackingNumber: link?.trackingNumber ?? '' })
          }
        >
          <EditIcon fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
};

/** 伝票番号: one per destination, as imported from the carrier's file or typed here. */
export const TrackingSection = ({
  destinations,
  links,
  defaultCarrier,
}: {
  destinations: number;
  links: readonly TrackingLink[];
  defaultCarrier: Carrier;
}) => (
  <SlipSection title="oms.order_slip.tracking.title" side="shop">
    {Array.from({ length: destinations }, (_, index) => (
      <TrackingRow
        key={index}
        number={index + 1}
        link={links.find((link) => link.destinationIndex === index)}
        defaultCarrier={defaultCarrier}
      />
    ))}
  </SlipSection>
);
