import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { omsJapanese } from './ja';

const omsEnglish: typeof omsJapanese = {
  oms: {
    dashboard: {
      title: 'System status',
      status: 'Overall status',
      database: 'Database',
      event_store: 'Event store',
      head: 'Latest event position',
      auto_refresh: 'Refreshes every %{seconds} seconds',
      load_error: 'Could not get the system status. Check that the server is running.',
    },
    health: {
      status: { ok: 'OK', catching_up: 'Catching up', unavailable: 'Unavailable' },
      reachable: 'Connected',
      unreachable: 'Unreachable',
    },
    projections: { never_updated: 'Not yet applied' },
    roles: { admin: 'Administrator', staff: 'Staff' },
    auth: {
      tenant: 'Tenant code',
      username: 'Username',
      password: 'Password',
      sign_in: 'Sign in',
      bad_credentials: 'Tenant code, username or password is wrong',
      too_many_attempts: 'Too many sign-in attempts; try again later',
      signed_out: 'Please sign in',
    },
  },
  resources: {
    'staff-users': {
      name: 'Staff user |||| Staff users',
      fields: { username: 'Username', displayName: 'Display name', roles: 'Roles', registeredAt: 'Registered at' },
    },
    projections: {
      name: 'Read model |||| Read models',
      fields: {
        id: 'ID',
        name: 'Name',
        checkpoint: 'Checkpoint',
        lag: 'Events behind',
        updatedAt: 'Last updated',
        activeInThisProcess: 'Active in this process',
      },
    },
  },
};

export const englishAppMessages: TranslationMessages = { ...englishMessages, ...omsEnglish };
