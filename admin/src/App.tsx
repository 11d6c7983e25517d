import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/themes';
import { LoginPage } from './layout/LoginPage';
import operationHistory from './operation-history';
import orders from './orders';
import projections from './projections';
import staffUsers from './staff-users';

export const App = () => (
  <Admin
    title="受注管理システム"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    requireAuth
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    // Telemetry would call marmelab's server from every shop's browser; shops' networks may not allow it.
    disableTelemetry
  >
    <Resource name="orders" {...orders} />
    <Resource name="staff-users" {...staffUsers} />
    <Resource name="operation-history" {...operationHistory} />
    <Resource name="projections" {...projections} />
  </Admin>
);
