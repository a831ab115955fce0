import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '../format';
import { t as translate, type MessageKey, type MessageParams } from '../i18n';

/** What components need to speak the current language. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey | (string & {}), params?: MessageParams): string;
}

function make(locale: Locale, setLocale: (l: Locale) => void): I18n {
  return { locale, setLocale, t: (key, params) => translate(key, locale, params) };
}

const I18nContext = createContext<I18n>(make(DEFAULT_LOCALE, () => undefined));

/** Provides the locale; the app decides where it is kept (e.g. localStorage) through `onLocaleChange`. */
export function I18nProvider(props: { locale: Locale; onLocaleChange?: (locale: Locale) => void; children: ReactNode }) {
  const { locale, onLocaleChange } = props;
  const value = useMemo(() => make(locale, onLocaleChange ?? (() => undefined)), [locale, onLocaleChange]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current locale and a bound `t`. Vietnamese when no provider is present. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
