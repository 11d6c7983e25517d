import { useEffect } from 'react';
import { AppBar, Layout as RaLayout, type LayoutProps, TitlePortal, useLocaleState } from 'react-admin';
import { TenantSwitcher } from './TenantSwitcher';

/** react-admin's layout, keeping `<html lang>` in step with the chosen language for screen readers and line breaking. */
export const Layout = ({ children }: LayoutProps) => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <RaLayout appBar={OmsAppBar}>{children}</RaLayout>;
};

/** react-admin's app bar with the tenant switcher (ID切り替え) beside the title. */
const OmsAppBar = () => (
  <AppBar>
    <TitlePortal />
    <TenantSwitcher />
  </AppBar>
);
