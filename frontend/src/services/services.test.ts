import { describe, expect, it } from 'vitest';

import { fakeServices, reject } from '../test/render';
import { KringError, toKringError } from './errors';
import * as portal from './portal';
import * as session from './session';

describe('toKringError', () => {
  it('reads the JSON text a bound method rejects with', () => {
    const e = toKringError('{"code":"invalid_credentials","retryAfter":30}');
    expect(e).toBeInstanceOf(KringError);
    expect(e.code).toBe('invalid_credentials');
    expect(e.retryAfter).toBe(30);
  });

  it('reads an Error whose message is that JSON, and a plain object', () => {
    expect(toKringError(new Error('{"code":"offline"}')).code).toBe('offline');
    expect(toKringError({ code: 'forbidden' }).code).toBe('forbidden');
  });

  it('turns anything else into the unknown code', () => {
    for (const reason of ['boom', undefined, 42, new TypeError('x'), '{"code":""}']) {
      const e = toKringError(reason);
      expect(e.code).toBe('unknown');
      expect(e.retryAfter).toBe(0);
    }
  });
});

describe('session wrapper', () => {
  const user = { id: 'u1', userName: 'anna', displayName: 'Anna', email: '', phoneHint: '' };

  it('passes named fields to SignIn and returns the step', async () => {
    const spies = fakeServices({
      SignIn: () => Promise.resolve({ next: 'sms_code', phoneHint: '06-••••••78', user }),
    });

    const step = await session.signIn('anna', 'geheim');
    expect(spies.session.SignIn).toHaveBeenCalledWith({ userName: 'anna', password: 'geheim' });
    expect(step).toEqual({ next: 'sms_code', phoneHint: '06-••••••78', user });
  });

  it('turns a rejection into a KringError', async () => {
    fakeServices({ VerifyCode: () => reject('code_expired') });
    await expect(session.verifyCode('123456')).rejects.toMatchObject({
      name: 'KringError',
      code: 'code_expired',
    });
  });

  it('refuses a step it does not know', async () => {
    fakeServices({ ResendCode: () => Promise.resolve({ next: 'later', phoneHint: '', user }) });
    await expect(session.resendCode()).rejects.toMatchObject({ code: 'unknown' });
  });

  it('passes the other inputs by their Go field names', async () => {
    const spies = fakeServices({
      ChooseNewPassword: () => Promise.resolve({ next: 'done', phoneHint: '', user }),
      ForgotPassword: () => Promise.resolve(undefined),
      SignOut: () => Promise.resolve(undefined),
    });

    await session.chooseNewPassword('een lange zin');
    await session.forgotPassword('anna', 'anna@example.nl');
    await session.signOut();
    expect(spies.session.ChooseNewPassword).toHaveBeenCalledWith({ newPassword: 'een lange zin' });
    expect(spies.session.ForgotPassword).toHaveBeenCalledWith({
      userName: 'anna',
      email: 'anna@example.nl',
    });
  });
});

describe('portal wrapper', () => {
  it('treats a Go nil list as empty', async () => {
    fakeServices({}, {
      Clients: () => Promise.resolve(null),
      Home: () =>
        Promise.resolve({
          client: { id: 'c1', name: 'Maria', photoUrl: '', rights: [], admin: false },
          nextAppointments: null,
          unreadMessages: 0,
          lastSync: '',
          offline: false,
        }),
    });

    expect(await portal.clients()).toEqual([]);
    expect((await portal.home('c1')).nextAppointments).toEqual([]);
  });

  it('passes the client id as clientId', async () => {
    const spies = fakeServices({}, { Home: () => reject('not_found') });
    await expect(portal.home('c9')).rejects.toMatchObject({ code: 'not_found' });
    expect(spies.portal.Home).toHaveBeenCalledWith({ clientId: 'c9' });
  });

  it('reports a missing Go side as an unknown error, not a crash', async () => {
    delete window.go;
    await expect(portal.clients()).rejects.toBeInstanceOf(KringError);
  });
});
