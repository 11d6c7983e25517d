import MilitaryTechIcon from '@mui/icons-material/MilitaryTechOutlined';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import {
  ArrayInput,
  Form,
  NumberInput,
  SaveButton,
  SimpleFormIterator,
  TextInput,
  Title,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { CustomerRank } from '../../../domain/customer/ranks';
import { useCan } from '../auth/useCan';
import { httpClient } from '../dataProvider/http-client';

interface CustomerRanksView {
  ranks: CustomerRank[];
}

/** 顧客ランク: the tenant's rank table by purchase count, edited and saved as a whole (the API sorts it). */
const CustomerRanksPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const canManage = useCan('settings.manage');
  const [view, setView] = useState<CustomerRanksView | undefined>();
  const load = useCallback((json: unknown) => setView(json as CustomerRanksView), []);
  useEffect(() => {
    httpClient('/api/customer-ranks').then(({ json }) => load(json));
  }, [load]);
  const save = (data: Record<string, unknown>) =>
    httpClient('/api/customer-ranks', {
      method: 'PUT',
      body: JSON.stringify({
        ranks: ((data.ranks as Partial<CustomerRank>[] | undefined) ?? []).map((rank) => ({
          name: rank.name ?? '',
          minPurchases: rank.minPurchases ?? 0,
        })),
      }),
    })
      .then(({ json }) => {
        load(json);
        notify('resources.customer-ranks.saved', { type: 'success' });
      })
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }));
  if (!view) return null;
  return (
    <Card>
      <Title title="resources.customer-ranks.name" />
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.customer-ranks.help')}
        </Typography>
        <Form record={view} onSubmit={save} key={JSON.stringify(view)}>
          <ArrayInput source="ranks" label="resources.customer-ranks.fields.ranks">
            <SimpleFormIterator inline disableReordering>
              <TextInput source="name" label="resources.customer-ranks.fields.name" helperText={false} />
              <NumberInput
                source="minPurchases"
                label="resources.customer-ranks.fields.minPurchases"
                min={1}
                step={1}
                helperText={false}
              />
            </SimpleFormIterator>
          </ArrayInput>
          {canManage && (
            <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
              <SaveButton alwaysEnable />
            </Box>
          )}
        </Form>
      </CardContent>
    </Card>
  );
};

export default { list: CustomerRanksPage, icon: MilitaryTechIcon };
