import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// A web font rather than the system's: many PCs and the test browser have no Japanese font, which shows tofu boxes.
const fontFamily = ['"Noto Sans JP"', 'sans-serif'].join(',');

// react-admin sets Roboto by hand on the messages of these screens (404, loading, errors), bypassing the theme.
const components: RaThemeOptions['components'] = {
  RaNotFound: { styleOverrides: { root: { '& .RaNotFound-message': { fontFamily } } } },
  RaLoading: { styleOverrides: { root: { '& .RaLoading-message': { fontFamily } } } },
  RaAuthError: { styleOverrides: { root: { '& .RaAuthError-message': { fontFamily } } } },
  RaError: { styleOverrides: { root: { fontFamily } } },
};

const withJapaneseFont = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  typography: { ...theme.typography, fontFamily },
  components: { ...theme.components, ...components },
});

export const lightTheme = withJapaneseFont(defaultLightTheme);
export const darkTheme = withJapaneseFont(defaultDarkTheme);
