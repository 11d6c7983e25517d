import Inventory2Icon from '@mui/icons-material/Inventory2';
import { Button, Card, CardContent, CardHeader, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../auth/useCan';
import { BundledOrdersTable } from './BundledOrdersTable';
import { bundleApi, type CandidateGroup } from './bundleApi';

/**
 * 同梱候補: the orders not yet shipped that go to one recipient at one place, a card per group; 同梱する merges the
 * group, which then ships as one parcel (one label, every order number on it).
 */
const BundleCandidatesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const canProcess = useCan('orders.process');
  const canManage = useCan('settings.manage');
  const [acrossMalls, setAcrossMalls] = useState<boolean | null>(null);
  const [groups, setGroups] = useState<CandidateGroup[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(
    () => bundleApi.candidates().then(setGroups, (error: Error) => notify(error.message, { type: 'error' })),
    [notify],
  );
  useEffect(() => void load(), [load]);
  useEffect(
    () =>
      void bundleApi.settings().then(
        (s) => setAcrossMalls(s.bundleAcrossMalls),
        () => undefined,
      ),
    [],
  );

  // The tenant's setting: candidates across malls (楽天 with Yahoo!), not only across the shops of one mall.
  const toggleAcrossMalls = async (value: boolean) => {
    try {
      setAcrossMalls((await bundleApi.setAcrossMalls(value)).bundleAcrossMalls);
      await load();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const merge = async (group: CandidateGroup) => {
    setBusy(group.id);
    try {
      await bundleApi.bundle(group.orders.map((o) => o.id));
      notify('oms.bundles.merged', { type: 'info' });
      await load();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('resources.bundle-candidates.name')} />
      {acrossMalls !== null && (
        <FormControlLabel
          control={
            <Switch
              checked={acrossMalls}
              disabled={!canManage}
              onChange={(event) => void toggleAcrossMalls(event.target.checked)}
            />
          }
          label={translate('oms.bundles.across_malls')}
        />
      )}
      {groups?.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('oms.bundles.no_candidates')}
        </Typography>
      )}
      {(groups ?? []).map((group) => (
        <Card key={group.id} variant="outlined" component="section" aria-label={group.orders[0]!.ordererName}>
          <CardHeader
            title={translate('oms.bundles.group_title', {
              name: group.orders[0]!.ordererName,
              count: group.orders.length,
            })}
            action={
              canProcess && (
                <Button variant="contained" size="small" disabled={busy !== null} onClick={() => void merge(group)}>
                  {translate('oms.bundles.merge')}
                </Button>
              )
            }
          />
          <CardContent>
            <BundledOrdersTable orders={group.orders} />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

export default { list: BundleCandidatesPage, icon: Inventory2Icon };
