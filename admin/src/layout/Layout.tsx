import { useEffect } from 'react';
import { Layout as RaLayout, type LayoutProps, useLocaleState } from 'react-admin';

/** react-admin's layout, keeping `<html lang>` in step with the chosen language for screen readers and line breaking. */
export const Layout = ({ children }: LayoutProps) => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <RaLayout>{children}</RaLayout>;
};
