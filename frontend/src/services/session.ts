// Session wraps the bound SessionService (AUTH-*). Screens call these
// functions; only this module knows the generated bindings.
import * as Bindings from '../wailsjs/go/app/SessionService';
import { call, KringError } from './errors';
import type { SessionStatus, SignInNext, SignInStep } from './types';

const nextSteps: readonly SignInNext[] = ['new_password', 'sms_code', 'done'];

/** status tells whether someone is signed in and how the app is set up. */
export function status(): Promise<SessionStatus> {
  return call(async () => {
    const s: SessionStatus = await Bindings.Status();
    return s;
  });
}

/** signIn sends user name and password (AUTH-1). */
export function signIn(userName: string, password: string): Promise<SignInStep> {
  return call(() => Bindings.SignIn({ userName, password })).then(toStep);
}

/** chooseNewPassword replaces an issued password (AUTH-2). */
export function chooseNewPassword(newPassword: string): Promise<SignInStep> {
  return call(() => Bindings.ChooseNewPassword({ newPassword })).then(toStep);
}

/** verifyCode checks the SMS code (AUTH-3). */
export function verifyCode(code: string): Promise<SignInStep> {
  return call(() => Bindings.VerifyCode({ code })).then(toStep);
}

/** resendCode asks for a new SMS code. */
export function resendCode(): Promise<SignInStep> {
  return call(() => Bindings.ResendCode()).then(toStep);
}

/**
 * forgotPassword asks for a reset mail (AUTH-4). It resolves the same way
 * whether or not the name and address belong together.
 */
export function forgotPassword(userName: string, email: string): Promise<void> {
  return call(() => Bindings.ForgotPassword({ userName, email }));
}

/** signOut ends the session (AUTH-5). */
export function signOut(): Promise<void> {
  return call(() => Bindings.SignOut());
}

interface RawStep {
  next: string;
  phoneHint: string;
  user: SignInStep['user'];
}

function toStep(raw: RawStep): SignInStep {
  const next = nextSteps.find((n) => n === raw.next);
  if (!next) {
    throw new KringError('unknown');
  }

  return { next, phoneHint: raw.phoneHint ?? '', user: raw.user };
}
