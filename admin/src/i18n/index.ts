import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishAppMessages } from './en';
import { japaneseMessages } from './ja';

/** Japanese by default; the language menu in the app bar switches to English, and react-admin remembers the choice. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? englishAppMessages : japaneseMessages),
  'ja',
  [
    { locale: 'ja', name: '日本語' },
    { locale: 'en', name: 'English' },
  ],
);
