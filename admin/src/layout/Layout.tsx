import { useEffect } from 'react';
import {
  AppBar,
  Logout,
  Menu,
  Layout as RaLayout,
  type LayoutProps,
  TitlePortal,
  useLocaleState,
  useResourceDefinitions,
  UserMenu,
} from 'react-admin';
import { useCan } from '../auth/useCan';
import { EnquiriesMenuItem } from '../enquiries/EnquiriesMenuItem';
import { PasswordMenuItem } from '../password/PasswordMenuItem';
import { TenantSwitcher } from './TenantSwitcher';

/** react-admin's layout, keeping `<html lang>` in step with the chosen language for screen readers and line breaking. */
export const Layout = ({ children }: LayoutProps) => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <RaLayout appBar={OmsAppBar} menu={OmsMenu}>
      {children}
    </RaLayout>
  );
};

/** Screens only administrators can open (the API answers anyone else 403), so nobody else is offered them. */
const ADMINISTRATORS_ONLY = ['api-tokens'];

/** react-admin's menu (the dashboard, then every resource with a list), less what the user may not open. */
const OmsMenu = () => {
  const resources = useResourceDefinitions();
  const canManageUsers = useCan('users.manage');
  return (
    <Menu>
      <Menu.DashboardItem />
      {Object.values(resources)
        .filter((resource) => resource.hasList && (canManageUsers || !ADMINISTRATORS_ONLY.includes(resource.name)))
        .map((resource) =>
          // 問い合わせ carries the count of 未対応 threads.
          resource.name === 'enquiries' ? (
            <EnquiriesMenuItem key={resource.name} />
          ) : (
            <Menu.ResourceItem key={resource.name} name={resource.name} />
          ),
        )}
    </Menu>
  );
};

/** react-admin's app bar with the tenant switcher (ID切り替え) beside the title, and パスワード変更 in the user menu. */
const OmsAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <PasswordMenuItem />
        <Logout />
      </UserMenu>
    }
  >
    <TitlePortal />
    <TenantSwitcher />
  </AppBar>
);
