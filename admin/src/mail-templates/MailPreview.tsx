import { Alert, Autocomplete, Box, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { type MailPreview as Preview, type MailTemplateRecord, previewMail, type Trial } from './mailTemplatesApi';

export interface OrderOption {
  readonly id: string;
  readonly orderNumber: string;
}

/** What is being edited, with the order chosen for the preview; shared by the preview and the test send. */
export const useTrial = (orderId: string | null): Trial | undefined => {
  const record = useRecordContext<MailTemplateRecord>();
  const [subject, text, mjml] = useWatch({ name: ['subject', 'text', 'mjml'] }) as [string, string, string | null];
  if (!record) return undefined;
  return {
    shopId: record.shopId,
    kind: record.kind,
    subject: subject ?? '',
    text: text ?? '',
    mjml: mjml ?? null,
    ...(orderId && { orderId }),
  };
};

/** The shop's newest order, which the preview shows until the person picks another. */
export const useNewestOrder = (): OrderOption | null => {
  const record = useRecordContext<MailTemplateRecord>();
  const { data: orders = [] } = useGetList<OrderOption>(
    'orders',
    {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'orderedAt', order: 'DESC' },
      filter: { shopId: record?.shopId },
    },
    { enabled: record !== undefined },
  );
  return orders[0] ?? null;
};

/** プレビューする受注: an order of this shop, found by its number. */
export const OrderPicker = ({
  value,
  onChange,
}: {
  value: OrderOption | null;
  onChange: (order: OrderOption | null) => void;
}) => {
  const translate = useTranslate();
  const record = useRecordContext<MailTemplateRecord>();
  const [typed, setTyped] = useState('');
  const { data: orders = [] } = useGetList<OrderOption>(
    'orders',
    {
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'orderedAt', order: 'DESC' },
      filter: { shopId: record?.shopId, ...(typed.trim() && { q: typed.trim() }) },
    },
    { enabled: record !== undefined },
  );
  return (
    <Autocomplete
      size="small"
      options={orders}
      value={value}
      getOptionLabel={(order) => order.orderNumber}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options) => options}
      onInputChange={(_event, input, reason) => {
        if (reason === 'input') setTyped(input);
      }}
      onChange={(_event, order) => onChange(order)}
      noOptionsText={translate('oms.mail_templates.no_orders')}
      renderInput={(params) => <TextField {...params} label={translate('oms.mail_templates.preview_order')} />}
    />
  );
};

/**
 * The mail as the buyer of the chosen order would get it, rendered by the server from what is being typed (a moment
 * after the typing stops): HTML in a sandboxed frame (no script, no same-origin access) beside the text part, with
 * the unknown fields and mjml's complaints above.
 */
export const MailPreview = ({ trial }: { trial: Trial | undefined }) => {
  const translate = useTranslate();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(trial ?? null);
  useEffect(() => {
    if (!trial) return;
    let current = true;
    const timer = setTimeout(() => {
      previewMail(trial).then(
        (answer) => {
          if (!current) return;
          setPreview(answer);
          setError(null);
        },
        (failure: Error) => current && setError(failure.message),
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for every part of the trial.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      {!trial?.orderId && <Alert severity="info">{translate('oms.mail_templates.sample_values')}</Alert>}
      {error && <Alert severity="error">{error}</Alert>}
      {preview && preview.unknownFields.length > 0 && (
        <Alert severity="warning">
          {translate('oms.mail_templates.unknown_fields', {
            names: preview.unknownFields.map((name) => `{{${name}}}`).join('、'),
          })}
        </Alert>
      )}
      {preview && preview.mjmlErrors.length > 0 && (
        <Alert severity="warning">
          {translate('oms.mail_templates.mjml_errors')}
          {preview.mjmlErrors.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      )}
      {preview && (
        <>
          <Typography variant="body2" aria-label={translate('oms.mail_templates.preview_subject')}>
            {translate('resources.mail-templates.fields.subject')}：{preview.subject}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 1 }}>
            <Box>
              <Typography variant="caption">{translate('oms.mail_templates.html_part')}</Typography>
              {preview.html === null ? (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {translate('oms.mail_templates.text_only_preview')}
                </Typography>
              ) : (
                <Box
                  component="iframe"
                  title={translate('oms.mail_templates.html_part')}
                  sandbox=""
                  srcDoc={preview.html}
                  sx={{ width: '100%', height: 560, border: 1, borderColor: 'divider', bgcolor: 'white' }}
                />
              )}
            </Box>
            <Box>
              <Typography variant="caption">{translate('oms.mail_templates.text_part')}</Typography>
              <Box
                component="pre"
                aria-label={translate('oms.mail_templates.text_part')}
                sx={{
                  m: 0,
                  p: 1,
                  height: 560,
                  overflow: 'auto',
                  border: 1,
                  borderColor: 'divider',
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  fontFamily: 'inherit',
                  fontSize: 13,
                }}
              >
                {preview.text}
              </Box>
            </Box>
          </Box>
        </>
      )}
    </Stack>
  );
};
