import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { TextInput } from '../../components/TextInput';
import { useFormErrors, type FieldErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errors';
import * as profile from '../../services/profile';

interface PasswordInput {
  old: string;
  password: string;
  repeat: string;
}

/** checkPassword gives the sentence for each field that is not right yet. */
export function checkPassword(t: (key: string) => string, input: PasswordInput): FieldErrors {
  const found: FieldErrors = {};
  if (input.old === '') found.old = t('profile.missingOld');
  if (input.password === '') found.password = t('newPassword.missing');
  else if ([...input.password].length < 8) found.password = t('newPassword.tooShort');
  if (input.password !== '' && input.repeat === '') found.repeat = t('newPassword.missingRepeat');
  else if (input.repeat !== input.password) found.repeat = t('newPassword.mismatch');
  return found;
}

/** PasswordChange changes one's own password with the old one (PROFILE-2). */
export function PasswordChange() {
  const { t } = useTranslation();
  const { form, report, bind } = useFormErrors();
  const [old, setOld] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    if (busy || report(checkPassword(t, { old, password, repeat }))) return;

    setBusy(true);
    setProblem('');
    try {
      await profile.changePassword(old, password);
      setOld('');
      setPassword('');
      setRepeat('');
      setDone(t('profile.passwordSaved'));
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="profile__part" aria-labelledby="profile-password">
      <h2 id="profile-password">{t('profile.passwordTitle')}</h2>
      <FormAlert message={problem} />
      <StatusMessage message={done} />
      <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextInput
          label={t('profile.oldPassword')}
          type="password"
          autoComplete="current-password"
          {...bind('old', old, setOld)}
        />
        <div>
          <p className="field__label" id="password-rules">
            {t('newPassword.rulesTitle')}
          </p>
          <ul className="rules" aria-labelledby="password-rules">
            <li>{t('newPassword.ruleLength')}</li>
            <li>{t('newPassword.ruleCommon')}</li>
            <li>{t('newPassword.ruleTip')}</li>
          </ul>
        </div>
        <TextInput
          label={t('profile.newPassword')}
          type="password"
          autoComplete="new-password"
          {...bind('password', password, setPassword)}
        />
        <TextInput
          label={t('profile.repeatPassword')}
          type="password"
          autoComplete="new-password"
          {...bind('repeat', repeat, setRepeat)}
        />
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {t('profile.passwordSave')}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}
