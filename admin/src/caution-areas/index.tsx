import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import {
  ArrayInput,
  Button,
  Form,
  FormDataConsumer,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  useNotify,
  useTranslate,
} from 'react-admin';
import { type CautionArea, CautionLabel } from '../../../domain/checks/check-finding';
import { useCan } from '../auth/useCan';
import { httpClient } from '../dataProvider/http-client';
import { carrierChoices } from '../shops/carriers';

interface CautionAreasView {
  shipped: boolean;
  areas: CautionArea[];
}

const LABELS = Object.keys(CautionLabel.keys);
const KINDS = ['postal', 'postal_range', 'address_prefix'] as const;

/** A row the form adds has no id yet: one is made up so the API can tell rows apart. */
const withIds = (areas: CautionArea[]) =>
  areas.map((area) => ({ ...area, id: area.id || `area-${Math.random().toString(36).slice(2, 10)}` }));

/** The key's own fields only, as the API expects them for its kind. */
const keyOf = (key: CautionArea['key'] & Record<string, string>): CautionArea['key'] =>
  key.kind === 'postal'
    ? { kind: 'postal', code: key.code ?? '' }
    : key.kind === 'postal_range'
      ? { kind: 'postal_range', from: key.from ?? '', to: key.to ?? '' }
      : { kind: 'address_prefix', prefix: key.prefix ?? '' };

/** 要注意発送地域: the tenant's table, edited and saved as a whole; 「初期リストに戻す」 follows the shipped list again. */
const CautionAreasPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const canManage = useCan('settings.manage');
  const [view, setView] = useState<CautionAreasView | undefined>();
  const load = useCallback((json: unknown) => setView(json as CautionAreasView), []);
  useEffect(() => {
    httpClient('/api/caution-areas').then(({ json }) => load(json));
  }, [load]);
  const send = (method: 'PUT' | 'DELETE', body?: unknown) =>
    httpClient('/api/caution-areas', { method, ...(body !== undefined && { body: JSON.stringify(body) }) })
      .then(({ json }) => {
        load(json);
        notify('resources.caution-areas.saved', { type: 'success' });
      })
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }));
  const save = (data: Record<string, unknown>) =>
    send('PUT', {
      areas: withIds((data.areas as CautionArea[]) ?? []).map((area) => ({
        id: area.id,
        key: keyOf(area.key as CautionArea['key'] & Record<string, string>),
        labels: area.labels ?? [],
        carriers: area.carriers ?? [],
        note: area.note ?? '',
      })),
    });
  if (!view) return null;
  return (
    <Card>
      <Title title="resources.caution-areas.name" />
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.caution-areas.help')}
        </Typography>
        {view.shipped && (
          <Alert severity="info" sx={{ my: 1 }} data-testid="caution-areas-shipped">
            {translate('resources.caution-areas.shipped')}
          </Alert>
        )}
        <Form record={{ areas: view.areas }} onSubmit={save} key={JSON.stringify(view)}>
          <ArrayInput source="areas" label="resources.caution-areas.fields.areas">
            <SimpleFormIterator inline disableReordering>
              <SelectInput
                source="key.kind"
                label="resources.caution-areas.fields.kind"
                choices={KINDS.map((kind) => ({ id: kind, name: `resources.caution-areas.kinds.${kind}` }))}
                defaultValue="postal"
                helperText={false}
              />
              <FormDataConsumer>
                {({ scopedFormData }) => {
                  const kind = (scopedFormData as CautionArea | undefined)?.key?.kind;
                  if (kind === 'postal_range')
                    return (
                      <Box sx={{ display: 'flex', gap: 1 }}>
                        <TextInput source="key.from" label="resources.caution-areas.fields.from" helperText={false} />
                        <TextInput source="key.to" label="resources.caution-areas.fields.to" helperText={false} />
                      </Box>
                    );
                  if (kind === 'address_prefix')
                    return (
                      <TextInput source="key.prefix" label="resources.caution-areas.fields.prefix" helperText={false} />
                    );
                  return <TextInput source="key.code" label="resources.caution-areas.fields.code" helperText={false} />;
                }}
              </FormDataConsumer>
              <SelectArrayInput
                source="labels"
                label="resources.caution-areas.fields.labels"
                choices={LABELS.map((label) => ({ id: label, name: label }))}
                helperText={false}
              />
              <SelectArrayInput
                source="carriers"
                label="resources.caution-areas.fields.carriers"
                choices={carrierChoices}
                helperText={false}
              />
              <TextInput source="note" label="resources.caution-areas.fields.note" helperText={false} />
            </SimpleFormIterator>
          </ArrayInput>
          {canManage && (
            <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
              <SaveButton alwaysEnable />
              <Button label="resources.caution-areas.reset" onClick={() => send('DELETE')} disabled={view.shipped} />
            </Box>
          )}
        </Form>
      </CardContent>
    </Card>
  );
};

export default { list: CautionAreasPage, icon: WarningIcon };
