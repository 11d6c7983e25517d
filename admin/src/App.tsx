import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiTokens from './api-tokens';
import automationRules from './automation-rules';
import cautionAreas from './caution-areas';
import customerRanks from './customer-ranks';
import checkSettings from './check-settings';
import { authProvider } from './authProvider';
import bulletinPosts from './bulletin-posts';
import customers from './customers';
import enquiries from './enquiries';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import cannedPhrases from './canned-phrases';
import mailTemplates from './mail-templates';
import holdBoxes from './hold-boxes';
import importMappings from './import-mappings';
import imports from './imports';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/themes';
import { LoginPage } from './layout/LoginPage';
import operationHistory from './operation-history';
import { PasswordChange } from './password/PasswordChange';
import orders from './orders';
import printNames from './print-names';
import carrierAccounts from './carrier-accounts';
import caughtMails from './caught-mails';
import mailSettings from './mail-settings';
import customLabelLayouts from './custom-label-layouts';
import processingRoutes from './processing-routes';
import projections from './projections';
import savedSearches from './saved-searches';
import shippingResults from './shipping-results';
import bundleCandidates from './bundle-candidates';
import shops from './shops';
import staffUsers from './staff-users';
import tenantAccess from './tenant-access';
import trackingImports from './tracking-imports';

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
    <Resource name="enquiries" {...enquiries} />
    <Resource name="imports" {...imports} />
    <Resource name="tracking-imports" {...trackingImports} />
    <Resource name="shipping-results" {...shippingResults} />
    <Resource name="bundle-candidates" {...bundleCandidates} />
    <Resource name="customers" {...customers} />
    <Resource name="bulletin-posts" {...bulletinPosts} />
    <Resource name="staff-users" {...staffUsers} />
    <Resource name="tenant-access" {...tenantAccess} />
    <Resource name="api-tokens" {...apiTokens} />
    <Resource name="shops" {...shops} />
    <Resource name="import-mappings" {...importMappings} />
    <Resource name="import-formats" />
    <Resource name="processing-routes" {...processingRoutes} />
    <Resource name="hold-boxes" {...holdBoxes} />
    <Resource name="automation-rules" {...automationRules} />
    <Resource name="check-settings" {...checkSettings} />
    <Resource name="caution-areas" {...cautionAreas} />
    <Resource name="customer-ranks" {...customerRanks} />
    <Resource name="canned-phrases" {...cannedPhrases} />
    <Resource name="mail-templates" {...mailTemplates} />
    <Resource name="mail-merge-fields" />
    <Resource name="print-names" {...printNames} />
    <Resource name="carrier-accounts" {...carrierAccounts} />
    <Resource name="mail-settings" {...mailSettings} />
    <Resource name="caught-mails" {...caughtMails} />
    <Resource name="custom-label-layouts" {...customLabelLayouts} />
    <Resource name="operation-history" {...operationHistory} />
    <Resource name="saved-searches" {...savedSearches} />
    <Resource name="projections" {...projections} />
    <CustomRoutes>
      <Route path="/password" element={<PasswordChange />} />
    </CustomRoutes>
  </Admin>
);
