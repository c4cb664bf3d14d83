import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import nl from '../../i18n/nl.json';
import { reject, renderApp } from '../../test/render';
import { checkPassword } from './PasswordChange';

const user = { id: 'u1', userName: 'anna.devries', displayName: 'Anna de Vries', email: 'a@b.nl', phoneHint: '06-••••••78' };

type Method = (...args: unknown[]) => Promise<unknown>;

function services(profile: Record<string, Method>) {
  const spies: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, fn] of Object.entries(profile)) spies[name] = vi.fn<Method>(fn);
  window.go = { app: { ProfileService: spies, SessionService: {}, PortalService: {} } };
  return spies;
}

function open() {
  renderApp({ route: { name: 'profile' }, user });
}

function part(name: string) {
  return screen.getByRole('region', { name });
}

describe('checkPassword', () => {
  const t = (k: string) => k;

  it('names the missing and the wrong fields', () => {
    expect(checkPassword(t, { old: '', password: 'kort', repeat: '' })).toEqual({
      old: 'profile.missingOld',
      password: 'newPassword.tooShort',
      repeat: 'newPassword.missingRepeat',
    });
    expect(checkPassword(t, { old: 'a', password: 'lange zin hier', repeat: 'lange zin' })).toEqual({
      repeat: 'newPassword.mismatch',
    });
  });
});

describe('Profile', () => {
  it('keeps Opslaan off until a photo is chosen, then saves it (PROFILE-1)', async () => {
    const spies = services({ SetPhoto: () => Promise.resolve(undefined) });
    open();
    const photo = part(nl.profile.photoTitle);
    const save = within(photo).getByRole('button', { name: nl.profile.photoSave });
    expect(save.getAttribute('data-disabled')).toBe('true');

    const input = photo.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(10)], 'anna.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(save.getAttribute('data-disabled')).toBeNull());
    await userEvent.click(save);
    await waitFor(() => expect(spies.SetPhoto).toHaveBeenCalled());
    const arg = spies.SetPhoto?.mock.calls[0]?.[0] as { photo: string; photoType: string };
    expect(arg.photo).toMatch(/^data:image\/jpeg;base64,/);
    expect(arg.photoType).toBe('image/jpeg');
    expect(await within(photo).findByText(nl.profile.photoSaved)).toBeTruthy();
  });

  it('says when the old password is wrong (PROFILE-2)', async () => {
    const spies = services({ ChangePassword: () => reject('old_password_wrong') });
    open();
    const form = part(nl.profile.passwordTitle);
    await userEvent.type(within(form).getByLabelText(nl.profile.oldPassword), 'oud-wachtwoord');
    await userEvent.type(within(form).getByLabelText(nl.profile.newPassword), 'een lange nieuwe zin');
    await userEvent.type(within(form).getByLabelText(nl.profile.repeatPassword), 'een lange nieuwe zin');
    await userEvent.click(within(form).getByRole('button', { name: nl.profile.passwordSave }));
    expect(spies.ChangePassword).toHaveBeenCalledWith({ oldPassword: 'oud-wachtwoord', newPassword: 'een lange nieuwe zin' });
    expect(await within(form).findByText(nl.errors.old_password_wrong)).toBeTruthy();
  });

  it('changes the mobile number with a code sent to it (AUTH-8)', async () => {
    const spies = services({
      ChangePhone: () => Promise.resolve({ phoneHint: '06-••••••99' }),
      ConfirmPhone: () => Promise.resolve(undefined),
    });
    open();
    const phone = part(nl.profile.phoneTitle);
    await userEvent.type(within(phone).getByLabelText(nl.profile.newPhone, { exact: false }), '0612345699');
    await userEvent.click(within(phone).getByRole('button', { name: nl.profile.sendCode }));
    expect(spies.ChangePhone).toHaveBeenCalledWith({ phone: '0612345699' });

    await userEvent.type(await within(phone).findByLabelText(nl.profile.code, { exact: false }), '123456');
    await userEvent.click(within(phone).getByRole('button', { name: nl.profile.confirmCode }));
    expect(spies.ConfirmPhone).toHaveBeenCalledWith({ code: '123456' });
    expect(await within(phone).findByText(nl.profile.phoneSaved)).toBeTruthy();
  });

  it('switches to English and keeps the choice', async () => {
    const spies = services({ SetLanguage: () => Promise.resolve({ user, language: 'en' }) });
    open();
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your profile' })).toBeTruthy();
    expect(spies.SetLanguage).toHaveBeenCalledWith({ language: 'en' });
  });
});
