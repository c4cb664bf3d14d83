import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import nl from '../i18n/nl.json';
import { fakeServices, reject, renderApp } from '../test/render';

const user = { id: 'u1', userName: 'anna', displayName: 'Anna de Vries', email: '', phoneHint: '' };

async function fillSignIn(name: string, password: string) {
  const u = userEvent.setup();
  await u.type(screen.getByLabelText(nl.signIn.userName), name);
  await u.type(screen.getByLabelText(nl.signIn.password), password);
  await u.click(screen.getByRole('button', { name: nl.signIn.submit }));
  return u;
}

describe('SignIn', () => {
  it('has one h1, labelled fields and lang="nl"', () => {
    fakeServices();
    renderApp();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByLabelText(nl.signIn.userName)).toHaveProperty('autocomplete', 'username');
    expect(screen.getByLabelText(nl.signIn.password)).toHaveProperty('type', 'password');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('asks for missing fields without calling the server', async () => {
    const spies = fakeServices({ SignIn: () => reject('internal') });
    renderApp();
    await userEvent.setup().click(screen.getByRole('button', { name: nl.signIn.submit }));

    expect(await screen.findByText(nl.signIn.missingUserName)).toBeTruthy();
    expect(screen.getByText(nl.signIn.missingPassword)).toBeTruthy();
    expect(screen.getByLabelText(nl.signIn.userName).getAttribute('aria-invalid')).toBe('true');
    expect(spies.session.SignIn).not.toHaveBeenCalled();
  });

  it('shows the sentence for a wrong password in the alert region', async () => {
    fakeServices({ SignIn: () => reject('invalid_credentials') });
    renderApp();
    await fillSignIn('anna', 'fout');

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(nl.errors.invalid_credentials),
    );
    expect((screen.getByLabelText(nl.signIn.password) as HTMLInputElement).value).toBe('');
  });

  it('tells a withdrawn contact to ask the portal administrator (AUTH-6)', async () => {
    fakeServices({ SignIn: () => reject('access_withdrawn') });
    renderApp();
    await fillSignIn('anna', 'goed');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(nl.errors.access_withdrawn),
    );
  });

  it('goes on to the SMS code with the phone hint', async () => {
    fakeServices({
      SignIn: () => Promise.resolve({ next: 'sms_code', phoneHint: '06-••••••78', user }),
    });
    renderApp();
    await fillSignIn('anna', 'goed');

    const h1 = await screen.findByRole('heading', { level: 1, name: nl.smsCode.title });
    expect(h1).toBeTruthy();
    expect(screen.getByText('We hebben een code gestuurd naar 06-••••••78.')).toBeTruthy();
    const code = screen.getByLabelText(nl.smsCode.code);
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    // Not signed in yet: no user name or Uitloggen in the top bar.
    expect(screen.queryByRole('button', { name: nl.topBar.signOut })).toBeNull();
  });

  it('goes on to a new password when the password was issued (AUTH-2)', async () => {
    fakeServices({ SignIn: () => Promise.resolve({ next: 'new_password', phoneHint: '', user }) });
    renderApp();
    await fillSignIn('anna', 'uitgegeven');
    expect(await screen.findByRole('heading', { level: 1, name: nl.newPassword.title })).toBeTruthy();
    expect(screen.getByText(nl.newPassword.ruleLength)).toBeTruthy();
  });

  it('switches to English and sets lang="en"', async () => {
    fakeServices();
    renderApp();
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('NewPassword', () => {
  it('checks length and repetition before sending', async () => {
    const spies = fakeServices({ ChooseNewPassword: () => reject('password_too_common') });
    renderApp({ route: { name: 'newPassword' } });
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(nl.newPassword.password), 'kort');
    await u.click(screen.getByRole('button', { name: nl.newPassword.submit }));
    expect(await screen.findByText(nl.newPassword.tooShort)).toBeTruthy();

    await u.type(screen.getByLabelText(nl.newPassword.password), 'je-weet-wel');
    await u.type(screen.getByLabelText(nl.newPassword.repeat), 'iets-anders');
    await u.click(screen.getByRole('button', { name: nl.newPassword.submit }));
    expect(await screen.findByText(nl.newPassword.mismatch)).toBeTruthy();
    expect(spies.session.ChooseNewPassword).not.toHaveBeenCalled();

    await u.clear(screen.getByLabelText(nl.newPassword.repeat));
    await u.type(screen.getByLabelText(nl.newPassword.repeat), 'kortje-weet-wel');
    await u.click(screen.getByRole('button', { name: nl.newPassword.submit }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(nl.errors.password_too_common),
    );
    expect(spies.session.ChooseNewPassword).toHaveBeenCalledWith({ newPassword: 'kortje-weet-wel' });
  });
});

describe('SmsCode', () => {
  const route = { name: 'smsCode' as const, phoneHint: '06-••••••78' };

  it('shows the sentence for a wrong code', async () => {
    fakeServices({ VerifyCode: () => reject('code_invalid') });
    renderApp({ route });
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(nl.smsCode.code), '111111');
    await u.click(screen.getByRole('button', { name: nl.smsCode.submit }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(nl.errors.code_invalid),
    );
  });

  it('asks for six digits', async () => {
    const spies = fakeServices({ VerifyCode: () => reject('code_invalid') });
    renderApp({ route });
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(nl.smsCode.code), '12a3');
    expect((screen.getByLabelText(nl.smsCode.code) as HTMLInputElement).value).toBe('123');
    await u.click(screen.getByRole('button', { name: nl.smsCode.submit }));
    expect(await screen.findByText(nl.smsCode.format)).toBeTruthy();
    expect(spies.session.VerifyCode).not.toHaveBeenCalled();
  });

  it('says how long to wait when a new code is asked too soon', async () => {
    fakeServices({ ResendCode: () => reject('resend_throttled', 30) });
    renderApp({ route });
    await userEvent.setup().click(screen.getByRole('button', { name: nl.smsCode.resend }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'U heeft net een nieuwe code gevraagd. U kunt over 30 seconden weer een nieuwe code vragen.',
      ),
    );
  });

  it('confirms a new code was sent', async () => {
    fakeServices({
      ResendCode: () => Promise.resolve({ next: 'sms_code', phoneHint: '06-••••••78', user }),
    });
    renderApp({ route });
    await userEvent.setup().click(screen.getByRole('button', { name: nl.smsCode.resend }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(nl.smsCode.resent));
  });

  it('sends the user back to sign in when the sign-in expired', async () => {
    fakeServices({ VerifyCode: () => reject('challenge_expired') });
    renderApp({ route });
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(nl.smsCode.code), '123456');
    await u.click(screen.getByRole('button', { name: nl.smsCode.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: nl.signIn.title })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(nl.errors.challenge_expired),
    );
  });
});

describe('ForgotPassword', () => {
  async function ask() {
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(nl.forgot.userName), 'anna');
    await u.type(screen.getByLabelText(nl.forgot.email), 'anna@example.nl');
    await u.click(screen.getByRole('button', { name: nl.forgot.submit }));
  }

  it('confirms neutrally, whatever the server answered (AUTH-4)', async () => {
    for (const answer of [() => Promise.resolve(undefined), () => reject('not_found')]) {
      const spies = fakeServices({ ForgotPassword: answer });
      const view = renderApp({ route: { name: 'forgotPassword' } });
      await ask();
      expect(await screen.findByRole('heading', { level: 1, name: nl.forgot.doneTitle })).toBeTruthy();
      expect(screen.getByText(nl.forgot.done)).toBeTruthy();
      expect(spies.session.ForgotPassword).toHaveBeenCalledWith({
        userName: 'anna',
        email: 'anna@example.nl',
      });
      view.unmount();
    }
  });

  it('says so when the server cannot be reached', async () => {
    fakeServices({ ForgotPassword: () => reject('offline') });
    renderApp({ route: { name: 'forgotPassword' } });
    await ask();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(nl.errors.offline));
  });
});
