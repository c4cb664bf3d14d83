import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { TextInput } from '../../components/TextInput';
import { useFormErrors, type FieldErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errors';
import * as Users from '../../services/users';
import type { Contact } from '../../services/users';
import { contactName, emailLooksRight } from './logic';

type Step =
  | { name: 'names' }
  | { name: 'choose'; candidates: Contact[] }
  | { name: 'known'; contact: Contact }
  | { name: 'new' };

const genders = ['female', 'male', 'other', 'unknown'] as const;

interface AddUserProps {
  clientId: string;
  /** onDone gets the added contact, or nothing when cancelled. */
  onDone: (c?: Contact) => void;
}

/**
 * AddUser is Gebruiker toevoegen: name and e-mail first; a known contact
 * is offered as "Bedoelt u"; otherwise a new contact (USERS-2, USERS-3).
 */
export function AddUser({ clientId, onDone }: AddUserProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'names' });
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [gender, setGender] = useState<string>('unknown');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const { form, report, bind } = useFormErrors();
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step starts at its heading, so a screen reader reads the new step.
  useEffect(() => {
    if (step.name !== 'names') heading.current?.focus();
  }, [step]);

  async function submitNames(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    if (!firstName.trim()) found.firstName = t('users.add.missingFirstName');
    if (!lastName.trim()) found.lastName = t('users.add.missingLastName');
    if (!email.trim()) found.email = t('users.add.missingEmail');
    else if (!emailLooksRight(email)) found.email = t('users.add.badEmail');
    if (report(found)) return;
    setBusy(true);
    setProblem('');
    try {
      const candidates = await Users.match(clientId, firstName.trim(), lastName.trim(), email.trim());
      setStep(candidates.length > 0 ? { name: 'choose', candidates } : { name: 'new' });
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  async function submitPhone(e: FormEvent) {
    e.preventDefault();
    if (report(phone.trim() ? {} : { phone: t('users.add.missingPhone') })) return;
    setBusy(true);
    setProblem('');
    try {
      const added =
        step.name === 'known'
          ? await Users.adopt(clientId, step.contact.id, email.trim(), phone.trim())
          : await Users.add(clientId, {
              givenName: firstName.trim(),
              familyName: lastName.trim(),
              gender,
              email: email.trim(),
              phone: phone.trim(),
            });
      onDone(added);
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  const cancel = (
    <ActionButton variant="secondary" onPress={() => onDone()}>
      {t('users.add.cancel')}
    </ActionButton>
  );

  const phoneField = (
    <TextInput
      label={t('users.add.phone')}
      description={t('users.add.phoneHint')}
      type="tel"
      autoComplete="off"
      {...bind('phone', phone, setPhone)}
    />
  );

  return (
    <section className="users-add" aria-labelledby="users-add-title" data-testid="add-user">
      {step.name === 'names' && (
        <>
          <h2 id="users-add-title">{t('users.add.title')}</h2>
          <p>{t('users.add.intro')}</p>
          <form ref={form} noValidate onSubmit={(e) => void submitNames(e)} className="form">
            <TextInput label={t('users.add.firstName')} autoComplete="off" autoFocus {...bind('firstName', firstName, setFirstName)} />
            <TextInput label={t('users.add.lastName')} autoComplete="off" {...bind('lastName', lastName, setLastName)} />
            <TextInput label={t('users.add.email')} type="email" inputMode="email" autoComplete="off" {...bind('email', email, setEmail)} />
            <FormAlert message={problem} />
            <div className="form__actions dialog__actions">
              <ActionButton type="submit" busy={busy}>
                {t('users.add.next')}
              </ActionButton>
              {cancel}
            </div>
          </form>
        </>
      )}
      {step.name === 'choose' && (
        <>
          <h2 id="users-add-title" ref={heading} tabIndex={-1}>
            {step.candidates.length === 1
              ? t('users.add.didYouMean', { name: contactName(step.candidates[0] as Contact) })
              : t('users.add.didYouMeanIntro')}
          </h2>
          {step.candidates.length === 1 && <p>{t('users.add.didYouMeanIntro')}</p>}
          <ul className="users-candidates">
            {step.candidates.map((c) => (
              <li key={c.id}>
                <ActionButton onPress={() => setStep({ name: 'known', contact: c })}>
                  {t('users.add.choose', { name: contactName(c) })}
                </ActionButton>
                {c.role && <span className="users-table__role">{c.role}</span>}
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <ActionButton variant="secondary" onPress={() => setStep({ name: 'new' })}>
              {t('users.add.noneOfThese')}
            </ActionButton>
            {cancel}
          </div>
        </>
      )}
      {(step.name === 'known' || step.name === 'new') && (
        <>
          <h2 id="users-add-title" ref={heading} tabIndex={-1}>
            {step.name === 'known'
              ? t('users.add.knownTitle', { name: contactName(step.contact) })
              : t('users.add.newTitle')}
          </h2>
          <form ref={form} noValidate onSubmit={(e) => void submitPhone(e)} className="form">
            {step.name === 'new' && (
              <p>
                {firstName} {lastName}, {email}
              </p>
            )}
            {step.name === 'new' && (
              <RadioGroup className="field users-radio-group" value={gender} onChange={setGender}>
                <Label className="field__label">{t('users.add.gender')}</Label>
                {genders.map((g) => (
                  <Radio key={g} value={g} className="users-radio">
                    <span className="users-radio__dot" aria-hidden="true" />
                    {t(`users.add.genders.${g}`)}
                  </Radio>
                ))}
              </RadioGroup>
            )}
            <div className="field">
              <span className="field__label" id="users-add-role">
                {t(step.name === 'known' ? 'users.role' : 'users.add.newRole')}
              </span>
              <p className="users-fixed">
                {step.name === 'known' ? step.contact.role || t('users.unknown') : t('users.add.portalContact')}
              </p>
              {step.name === 'known' && <p className="field__description">{t('users.add.roleFixed')}</p>}
            </div>
            {phoneField}
            <FormAlert message={problem} />
            <div className="form__actions dialog__actions">
              <ActionButton type="submit" busy={busy}>
                {t('users.add.submit')}
              </ActionButton>
              {cancel}
            </div>
          </form>
        </>
      )}
    </section>
  );
}
