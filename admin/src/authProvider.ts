import type { AuthProvider } from 'react-admin';

interface Principal {
  staffUserId: string;
  displayName: string;
  tenantCode: string;
  roles: string[];
}

const json = { 'content-type': 'application/json' };

/** Sessions live on the server (HttpOnly cookie); the browser only asks who it is. */
export const authProvider: AuthProvider = {
  async login({ tenant, username, password }: { tenant: string; username: string; password: string }) {
    const response = await fetch('/api/session', { method: 'POST', headers: json, body: JSON.stringify({ tenant, username, password }) });
    if (response.status === 429) throw new Error('oms.auth.too_many_attempts');
    if (!response.ok) throw new Error('oms.auth.bad_credentials');
  },
  async logout() {
    await fetch('/api/session', { method: 'DELETE' });
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
    return { id: me.staffUserId, fullName: `${me.displayName} (${me.tenantCode})` };
  },
  async getPermissions() {
    const me = (await (await fetch('/api/session')).json()) as Principal;
    return me.roles;
  },
};
