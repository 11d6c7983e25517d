import { send } from './orders';

/** Customer commands: not plain resource updates, so they go straight to the API. */
export const customerApi = {
  command: (id: string, name: 'blacklist' | 'remove-from-blacklist', body: Record<string, unknown> = {}) =>
    send<Record<string, unknown>>(`/customers/${id}/commands/${name}`, { method: 'POST', body: JSON.stringify(body) }),
};
