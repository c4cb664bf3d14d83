import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { AuthForm } from '../components/AuthForm';
import { StatusMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { TextInput } from '../components/TextInput';
import { useFormErrors, type FieldErrors } from '../components/useFormErrors';
import * as session from '../services/session';

/** codePattern is the shape of an SMS code: six digits. */
export const codePattern = /^\d{6}$/;

/** SmsCode asks for the code sent by text message (AUTH-3). */
export function SmsCode() {
  const { t } = useTranslation();
  const app = useApp();
  const { form, report, bind } = useFormErrors();
  const routeHint = app.route.name === 'smsCode' ? app.route.phoneHint : '';
  const [phoneHint, setPhoneHint] = useState(routeHint);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [resent, setResent] = useState(0);

  function fail(err: unknown) {
    if (endsSession(err)) {
      app.sessionLost(err);
      return;
    }
    setFailure(err);
    setBusy(false);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const typed = code.replace(/\s/g, '');
    const found: FieldErrors = {};
    if (typed === '') found.code = t('smsCode.missing');
    else if (!codePattern.test(typed)) found.code = t('smsCode.format');
    setFailure(undefined);
    setResent(0);
    if (report(found)) {
      return;
    }

    setBusy(true);
    try {
      app.afterStep(await session.verifyCode(typed));
    } catch (err) {
      setCode('');
      fail(err);
    }
  }

  async function resend() {
    setFailure(undefined);
    setResent(0);
    try {
      const step = await session.resendCode();
      if (step.phoneHint) setPhoneHint(step.phoneHint);
      setResent((n) => n + 1);
    } catch (err) {
      fail(err);
    }
  }

  return (
    <Page title={t('smsCode.title')} narrow>
      <p>{phoneHint ? t('smsCode.sentTo', { phone: phoneHint }) : t('smsCode.sent')}</p>
      <p>{t('smsCode.validity')}</p>
      <AuthForm form={form} failure={failure} onSubmit={submit}>
        <StatusMessage message={resent > 0 ? t('smsCode.resent') : undefined} />
        <TextInput
          {...bind('code', code, (v) => setCode(v.replace(/[^\d\s]/g, '')))}
          label={t('smsCode.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          inputClassName="field__input--code"
          isRequired
        />
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {busy ? t('smsCode.busy') : t('smsCode.submit')}
          </ActionButton>
          <ActionButton variant="secondary" onPress={() => void resend()}>
            {t('smsCode.resend')}
          </ActionButton>
        </div>
      </AuthForm>
    </Page>
  );
}
