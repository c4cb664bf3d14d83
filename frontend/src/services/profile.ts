// Profile wraps the bound ProfileService (PROFILE-*).
import * as Bindings from '../wailsjs/go/app/ProfileService';
import { call } from './errors';

/** setLanguage keeps the user's choice of UI language on this device. */
export function setLanguage(language: string): Promise<void> {
  return call(async () => {
    await Bindings.SetLanguage({ language });
  });
}
