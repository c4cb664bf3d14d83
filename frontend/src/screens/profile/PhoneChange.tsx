import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { TextInput } from '../../components/TextInput';
import { errorMessage } from '../../i18n/errors';
import * as profile from '../../services/profile';

/**
 * PhoneChange changes one's own mobile number: a code goes to the new
 * number and confirms it (AUTH-8).
 */
export function PhoneChange({ phoneHint }: { phoneHint: string }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setProblem('');
    try {
      await step();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  function sendCode(e: FormEvent) {
    e.preventDefault();
    setDone('');
    if (phone.trim() === '') {
      setError(t('profile.missingPhone'));
      return;
    }
    void run(async () => {
      const hint = await profile.changePhone(phone.trim());
      setSentTo(hint || phone.trim());
    });
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setError(code.trim() === '' ? t('profile.missingCode') : t('smsCode.format'));
      return;
    }
    void run(async () => {
      await profile.confirmPhone(code.trim());
      setSentTo('');
      setPhone('');
      setCode('');
      setDone(t('profile.phoneSaved'));
    });
  }

  return (
    <section className="profile__part" aria-labelledby="profile-phone">
      <h2 id="profile-phone">{t('profile.phoneTitle')}</h2>
      {phoneHint && <p>{t('profile.phoneNow', { hint: phoneHint })}</p>}
      <FormAlert message={problem} />
      <StatusMessage message={done} />
      {sentTo === '' ? (
        <form className="form" onSubmit={sendCode} noValidate>
          <p>{t('profile.phoneIntro')}</p>
          <TextInput
            label={t('profile.newPhone')}
            description={t('profile.phoneHint')}
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(v) => {
              setPhone(v);
              setError('');
            }}
            error={error}
          />
          <div className="form__actions">
            <ActionButton type="submit" busy={busy}>
              {t('profile.sendCode')}
            </ActionButton>
          </div>
        </form>
      ) : (
        <form className="form" onSubmit={confirm} noValidate>
          <p role="status">{t('profile.codeSent', { phone: sentTo })}</p>
          <TextInput
            label={t('profile.code')}
            description={t('smsCode.validity')}
            inputMode="numeric"
            autoComplete="one-time-code"
            inputClassName="field__input--code"
            maxLength={6}
            value={code}
            onChange={(v) => {
              setCode(v);
              setError('');
            }}
            error={error}
            autoFocus
          />
          <div className="form__actions">
            <ActionButton type="submit" busy={busy}>
              {t('profile.confirmCode')}
            </ActionButton>
            <ActionButton variant="secondary" onPress={() => setSentTo('')}>
              {t('profile.cancel')}
            </ActionButton>
          </div>
        </form>
      )}
    </section>
  );
}
