import type { AuthProvider } from 'react-admin';
import { fetchOnce } from './dataProvider/once-per-action';

interface Principal {
  staffUserId: string;
  displayName: string;
  tenantCode: string;
  homeTenantCode: string;
  roles: string[];
  permissions: string[];
}

const json = { 'content-type': 'application/json' };

/** Sessions live on the server (HttpOnly cookie); the browser only asks who it is. */
export const authProvider: AuthProvider = {
  async login({ tenant, username, password }: { tenant: string; username: string; password: string }) {
    const response = await fetchOnce('/api/session', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ tenant, username, password }),
    });
    if (response.status === 429) throw new Error('oms.auth.too_many_attempts');
    if (!response.ok) throw new Error('oms.auth.bad_credentials');
  },
  async logout() {
    await fetchOnce('/api/session', { method: 'DELETE' });
  },
  async checkAuth() {
    const response = await fetch('/api/session');
    if (!response.ok) throw new Error('oms.auth.signed_out');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) throw new Error('oms.auth.signed_out');
  },
  async getIdentity() {
    const me = (await (await fetch('/api/session')).json()) as Principal;
    // An agency user acting in another tenant (ID切り替え) sees both: who they are and where they act.
    const where = me.tenantCode === me.homeTenantCode ? me.tenantCode : `${me.homeTenantCode} → ${me.tenantCode}`;
    return { id: me.staffUserId, fullName: `${me.displayName} (${where})` };
  },
  /** The permissions (orders.cancel, users.manage, …) in the tenant the user acts in; see auth/useCan.ts. */
  async getPermissions() {
    const response = await fetch('/api/session');
    return response.ok ? ((await response.json()) as Principal).permissions : [];
  },
};
