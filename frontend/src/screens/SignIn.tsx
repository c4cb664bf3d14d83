import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { AuthForm, PasswordInput, UserNameInput } from '../components/AuthForm';
import { Banner } from '../components/Messages';
import { Page } from '../components/Page';
import { PasswordToggle } from '../components/PasswordToggle';
import { useFormErrors, type FieldErrors } from '../components/useFormErrors';
import * as session from '../services/session';

/** SignIn asks for user name and password (AUTH-1). */
export function SignIn() {
  const { t } = useTranslation();
  const app = useApp();
  const { form, report, bind } = useFormErrors();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const initial = app.route.name === 'signIn' ? app.route.error : undefined;
  const [failure, setFailure] = useState<unknown>(initial);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (userName.trim() === '') found.userName = t('signIn.missingUserName');
    if (password === '') found.password = t('signIn.missingPassword');
    setFailure(undefined);
    if (report(found)) {
      return;
    }

    setBusy(true);
    try {
      app.afterStep(await session.signIn(userName.trim(), password));
    } catch (err) {
      setFailure(err);
      setPassword('');
      setBusy(false);
    }
  }

  // A notice is a code from Status(); its own sentence, or else the
  // sentence of the error with that code.
  const notice = app.notice
    ? t(`notice.${app.notice}`, { defaultValue: '' }) ||
      t(`errors.${app.notice}`, { defaultValue: '' })
    : '';
  return (
    <Page title={t('signIn.title')} narrow>
      <Banner message={notice} />
      <p>{t('signIn.intro')}</p>
      <AuthForm form={form} failure={failure} onSubmit={submit}>
        <UserNameInput
          {...bind('userName', userName, setUserName)}
          label={t('signIn.userName')}
        />
        <PasswordInput
          {...bind('password', password, setPassword)}
          label={t('signIn.password')}
          shown={shown}
          autoComplete="current-password"
        />
        <PasswordToggle shown={shown} onChange={setShown} />
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </ActionButton>
          <ActionButton
            variant="link"
            onPress={() => app.navigate({ name: 'forgotPassword' })}
          >
            {t('signIn.forgot')}
          </ActionButton>
        </div>
      </AuthForm>
    </Page>
  );
}
