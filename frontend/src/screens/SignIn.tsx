import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { Banner, FormAlert } from '../components/Messages';
import { Page } from '../components/Page';
import { PasswordToggle } from '../components/PasswordToggle';
import { TextInput } from '../components/TextInput';
import { useFirstInvalidFocus } from '../components/useFirstInvalidFocus';
import { errorMessage } from '../i18n/errors';
import * as session from '../services/session';

type Errors = Record<string, string>;

/** SignIn asks for user name and password (AUTH-1). */
export function SignIn() {
  const { t } = useTranslation();
  const app = useApp();
  const form = useRef<HTMLFormElement>(null);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const initial = app.route.name === 'signIn' ? app.route.error : undefined;
  const [failure, setFailure] = useState<unknown>(initial);
  useFirstInvalidFocus(form, errors);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found: Errors = {};
    if (userName.trim() === '') found.userName = t('signIn.missingUserName');
    if (password === '') found.password = t('signIn.missingPassword');
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
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

  const notice = app.notice ? t(`notice.${app.notice}`, { defaultValue: '' }) : '';
  return (
    <Page title={t('signIn.title')} narrow>
      <Banner message={notice} />
      <p>{t('signIn.intro')}</p>
      <Form ref={form} className="form" onSubmit={submit} validationErrors={errors}>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <TextInput
          name="userName"
          label={t('signIn.userName')}
          value={userName}
          onChange={setUserName}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck="false"
          isRequired
        />
        <TextInput
          name="password"
          label={t('signIn.password')}
          type={shown ? 'text' : 'password'}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          isRequired
        />
        <PasswordToggle shown={shown} onChange={setShown} />
        <div className="form__actions">
          <ActionButton type="submit" isPending={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </ActionButton>
          <ActionButton
            variant="link"
            onPress={() => app.navigate({ name: 'forgotPassword' })}
          >
            {t('signIn.forgot')}
          </ActionButton>
        </div>
      </Form>
    </Page>
  );
}
