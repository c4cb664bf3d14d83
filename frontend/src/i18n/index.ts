// The UI's words live in nl.json (default) and en.json. Components ask for
// keys with useTranslation(); they hold no sentences of their own.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import nl from './nl.json';

/** Language is a UI language Kring ships a catalogue for. */
export type Language = 'nl' | 'en';

export const languages: readonly Language[] = ['nl', 'en'];

/** defaultLanguage is Dutch: most users and all staff words are Dutch. */
export const defaultLanguage: Language = 'nl';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

/** toLanguage picks a supported language, falling back to Dutch. */
export function toLanguage(value: string | undefined): Language {
  return languages.find((l) => l === value) ?? defaultLanguage;
}

/** setupI18n starts i18next and keeps <html lang> in step with it. */
export function setupI18n(lng: Language = defaultLanguage) {
  const i18n = i18next.createInstance();
  i18n.on('languageChanged', (l) => {
    document.documentElement.lang = toLanguage(l);
  });

  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18n;
}
