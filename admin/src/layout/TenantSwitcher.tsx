import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { fetchOnce } from '../dataProvider/once-per-action';

interface SwitchableTenant {
  readonly code: string;
  readonly name: string;
  readonly home: boolean;
  readonly current: boolean;
}

/**
 * ID切り替え: for agency users (代理店ユーザー) let into other tenants, the tenant they act in. Hidden for everybody else.
 * After a switch the page is loaded afresh, so that nothing of the previous tenant stays in the screens' caches.
 */
export const TenantSwitcher = () => {
  const [tenants, setTenants] = useState<readonly SwitchableTenant[]>([]);
  const translate = useTranslate();
  const notify = useNotify();
  useEffect(() => {
    fetch('/api/session/tenants')
      .then((response) => (response.ok ? response.json() : []))
      .then(setTenants)
      .catch(() => setTenants([]));
  }, []);
  if (tenants.length < 2) return null;
  const switchTo = async (tenantCode: string) => {
    const response = await fetchOnce('/api/session/switch-tenant', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode }),
    });
    if (response.ok) window.location.assign('/');
    else notify('oms.tenants.switch_failed', { type: 'error' });
  };
  return (
    <TextField
      select
      size="small"
      label={translate('oms.tenants.switcher')}
      value={tenants.find((t) => t.current)?.code ?? ''}
      onChange={(event) => void switchTo(event.target.value)}
      sx={{
        minWidth: 200,
        mx: 1,
        '& .MuiInputBase-root': { color: 'inherit', bgcolor: 'rgba(255,255,255,0.15)' },
        '& .MuiInputLabel-root': { color: 'inherit' },
      }}
      slotProps={{ select: { IconComponent: SwapHorizIcon } }}
    >
      {tenants.map((tenant) => (
        <MenuItem key={tenant.code} value={tenant.code}>
          {tenant.home ? `${tenant.name}（${translate('oms.tenants.home')}）` : tenant.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
