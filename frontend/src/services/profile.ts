// Profile wraps the bound ProfileService (PROFILE-*, AUTH-8). These calls
// need the server's answer, so they are sent at once, not queued.
import * as Bindings from '../wailsjs/go/app/ProfileService';
import { call } from './errors';
import type { User } from './types';

export interface Profile {
  user: User;
  language: string;
}

/** get returns the user's own settings. */
export function get(): Promise<Profile> {
  return call(async () => {
    const p: Profile = await Bindings.Get();
    return p;
  });
}

/** setLanguage keeps the user's choice of UI language on this device. */
export function setLanguage(language: string): Promise<void> {
  return call(async () => {
    await Bindings.SetLanguage({ language });
  });
}

/** setPhoto replaces the user's photo; photo is base64 (PROFILE-1). */
export function setPhoto(photo: string, photoType: string): Promise<void> {
  return call(() => Bindings.SetPhoto({ photo, photoType }));
}

/** changePassword changes one's own password with the old one (PROFILE-2). */
export function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  return call(() => Bindings.ChangePassword({ oldPassword, newPassword }));
}

/** changePhone sends a code to a new mobile number and tells where it went. */
export function changePhone(phone: string): Promise<string> {
  return call(async () => (await Bindings.ChangePhone({ phone })).phoneHint);
}

/** confirmPhone confirms the new number with the code sent to it (AUTH-8). */
export function confirmPhone(code: string): Promise<void> {
  return call(() => Bindings.ConfirmPhone({ code }));
}
