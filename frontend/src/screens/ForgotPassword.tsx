import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { AuthForm, UserNameInput } from '../components/AuthForm';
import { Page } from '../components/Page';
import { TextInput } from '../components/TextInput';
import { useFormErrors, type FieldErrors } from '../components/useFormErrors';
import { KringError } from '../services/errors';
import * as session from '../services/session';

// Only trouble on the way there is worth telling; any answer about the
// account itself is shown as the same neutral confirmation.
const reportedCodes = new Set(['offline', 'rate_limited', 'internal']);

/** ForgotPassword asks for a reset mail (AUTH-4). */
export function ForgotPassword() {
  const { t } = useTranslation();
  const app = useApp();
  const { form, report, bind } = useFormErrors();
  const [userName, setUserName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (userName.trim() === '') found.userName = t('forgot.missingUserName');
    if (email.trim() === '') found.email = t('forgot.missingEmail');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('forgot.badEmail');
    setFailure(undefined);
    if (report(found)) {
      return;
    }

    setBusy(true);
    try {
      await session.forgotPassword(userName.trim(), email.trim());
      setDone(true);
    } catch (err) {
      if (err instanceof KringError && reportedCodes.has(err.code)) {
        setFailure(err);
      } else {
        setDone(true);
      }
    } finally {
      setBusy(false);
    }
  }

  const back = (
    <ActionButton
      variant={done ? 'primary' : 'link'}
      onPress={() => app.navigate({ name: 'signIn' })}
    >
      {t('forgot.back')}
    </ActionButton>
  );

  if (done) {
    return (
      <Page title={t('forgot.doneTitle')} narrow>
        <p>{t('forgot.done')}</p>
        <p>{t('forgot.doneValidity')}</p>
        {back}
      </Page>
    );
  }

  return (
    <Page title={t('forgot.title')} narrow>
      <p>{t('forgot.intro')}</p>
      <AuthForm form={form} failure={failure} onSubmit={submit}>
        <UserNameInput
          {...bind('userName', userName, setUserName)}
          label={t('forgot.userName')}
        />
        <TextInput
          {...bind('email', email, setEmail)}
          label={t('forgot.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          isRequired
        />
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {busy ? t('forgot.busy') : t('forgot.submit')}
          </ActionButton>
          {back}
        </div>
      </AuthForm>
    </Page>
  );
}
