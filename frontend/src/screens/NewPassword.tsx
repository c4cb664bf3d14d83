import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { AuthForm, PasswordInput } from '../components/AuthForm';
import { Page } from '../components/Page';
import { PasswordToggle } from '../components/PasswordToggle';
import { useFormErrors, type FieldErrors } from '../components/useFormErrors';
import * as session from '../services/session';

/** minPasswordLength is the server's rule of AUTH-2, checked here first. */
export const minPasswordLength = 8;

/** NewPassword replaces an issued password before anything else (AUTH-2). */
export function NewPassword() {
  const { t } = useTranslation();
  const app = useApp();
  const { form, report, bind } = useFormErrors();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (password === '') {
      found.newPassword = t('newPassword.missing');
    } else if ([...password].length < minPasswordLength) {
      found.newPassword = t('newPassword.tooShort');
    }

    if (repeat === '') {
      found.repeat = t('newPassword.missingRepeat');
    } else if (!found.newPassword && repeat !== password) {
      found.repeat = t('newPassword.mismatch');
    }
    return found;
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const found = check();
    setFailure(undefined);
    if (report(found)) {
      return;
    }

    setBusy(true);
    try {
      app.afterStep(await session.chooseNewPassword(password));
    } catch (err) {
      if (endsSession(err)) {
        app.sessionLost(err);
        return;
      }
      setFailure(err);
      setBusy(false);
    }
  }

  return (
    <Page title={t('newPassword.title')} narrow>
      <p>{t('newPassword.intro')}</p>
      <p id="password-rules-title">{t('newPassword.rulesTitle')}</p>
      <ul className="rules" aria-labelledby="password-rules-title">
        <li>{t('newPassword.ruleLength')}</li>
        <li>{t('newPassword.ruleCommon')}</li>
        <li>{t('newPassword.ruleTip')}</li>
      </ul>
      <AuthForm form={form} failure={failure} onSubmit={submit} className="form form--spaced">
        <PasswordInput
          {...bind('newPassword', password, setPassword)}
          label={t('newPassword.password')}
          shown={shown}
          autoComplete="new-password"
        />
        <PasswordInput
          {...bind('repeat', repeat, setRepeat)}
          label={t('newPassword.repeat')}
          shown={shown}
          autoComplete="new-password"
        />
        <PasswordToggle shown={shown} onChange={setShown} />
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {busy ? t('newPassword.busy') : t('newPassword.submit')}
          </ActionButton>
        </div>
      </AuthForm>
    </Page>
  );
}
