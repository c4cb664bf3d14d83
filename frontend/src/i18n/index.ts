// The UI's words live in nl.json (default) and en.json. Components ask for
// keys with useTranslation(); they hold no sentences of their own.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import agendaEn from './areas/agenda.en.json';
import agendaNl from './areas/agenda.nl.json';
import detailsEn from './areas/details.en.json';
import detailsNl from './areas/details.nl.json';
import dossierEn from './areas/dossier.en.json';
import dossierNl from './areas/dossier.nl.json';
import kioskEn from './areas/kiosk.en.json';
import kioskNl from './areas/kiosk.nl.json';
import messagesEn from './areas/messages.en.json';
import messagesNl from './areas/messages.nl.json';
import usersEn from './areas/users.en.json';
import usersNl from './areas/users.nl.json';
import enBase from './en.json';
import nlBase from './nl.json';

// Each area of the portal keeps its words in a catalogue of its own under
// areas/, with one top-level key named after the area.
export const nl = {
  ...nlBase,
  ...agendaNl,
  ...dossierNl,
  ...messagesNl,
  ...detailsNl,
  ...usersNl,
  ...kioskNl,
};
export const en = {
  ...enBase,
  ...agendaEn,
  ...dossierEn,
  ...messagesEn,
  ...detailsEn,
  ...usersEn,
  ...kioskEn,
};

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
