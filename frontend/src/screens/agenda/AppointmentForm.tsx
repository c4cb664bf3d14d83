import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/Messages';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { formatDate } from '../../format/datetime';
import * as agenda from '../../services/agenda';
import { discard } from '../../services/outbox';
import type { AgendaItem, Repeat } from '../../services/agenda';
import { DateField } from './AgendaToolbar';
import {
  checkForm,
  emptyForm,
  fieldOfCode,
  formOf,
  toInput,
  type FormErrors,
  type FormValues,
} from './form';
import { agendaError, codeError } from './messages';

interface AppointmentFormProps {
  clientId: string;
  /** day is where a new appointment starts. */
  day: string;
  editing?: AgendaItem;
  /** move changes only this occurrence of a series (AGENDA-6). */
  move?: boolean;
  onDone: (message: string, day?: string) => void;
  onConflict?: (itemId: string) => void;
  onCancel: () => void;
}

const repeats: readonly { value: Repeat; key: string }[] = [
  { value: '', key: 'agenda.form.repeatNone' },
  { value: 'daily', key: 'agenda.form.repeatDaily' },
  { value: 'weekly', key: 'agenda.form.repeatWeekly' },
  { value: 'monthly', key: 'agenda.form.repeatMonthly' },
];

/**
 * AppointmentForm is Nieuwe afspraak and Afspraak wijzigen (AGENDA-3 to
 * AGENDA-6), with the reminder to tell the care staff in person.
 */
export function AppointmentForm(props: AppointmentFormProps) {
  const { clientId, day, editing, move = false, onDone, onConflict, onCancel } = props;
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => {
    const v = editing ? formOf(editing) : emptyForm(day);
    return move ? { ...v, repeat: '' } : v;
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const fieldError = (key: keyof FormValues) => (errors[key] ? t(errors[key]) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAlert(t('errors.validation'));
      return;
    }

    setAlert('');
    setBusy(true);
    try {
      const input = toInput(values, clientId, editing);
      let result: agenda.WriteResult;
      if (move && editing) {
        result = await agenda.setOccurrence(clientId, editing, input);
      } else {
        result = editing ? await agenda.update(input) : await agenda.create(input);
      }
      afterWrite(result);
    } catch (err) {
      setAlert(agendaError(t, err));
    } finally {
      setBusy(false);
    }
  }

  function afterWrite(result: agenda.WriteResult) {
    if (result.state === 'failed' && result.errorCode === 'conflict' && onConflict) {
      onConflict(result.itemId);
      return;
    }
    if (result.state === 'failed') {
      // The form still holds what the user typed: the refused write
      // leaves the outbox, and the user corrects it here.
      discard(result.itemId).catch(() => {});
      const field = fieldOfCode(result.errorCode);
      if (field) {
        setErrors({ [field]: `errors.${result.errorCode}` });
      }
      setAlert(codeError(t, result.errorCode));
      return;
    }

    const saved = editing ? 'agenda.saved.updated' : 'agenda.saved.created';
    onDone(t(result.state === 'pending' ? 'agenda.saved.pending' : move ? 'agenda.saved.moved' : saved), values.date);
  }

  return (
    <section className="agenda-form" aria-labelledby="agenda-form-title">
      <h2 id="agenda-form-title" ref={heading} tabIndex={-1}>
        {t(titleKey(move, Boolean(editing)))}
      </h2>
      {move && editing && (
        <p>
          {t('agenda.form.moveIntro', {
            date: formatDate(editing.occurrence || editing.start, i18n.language),
          })}
        </p>
      )}
      {!move && editing?.repeating && <p>{t('agenda.form.seriesNote')}</p>}
      <div className="agenda-form__reminder" role="note">
        <Icon name="info" />
        <div>
          <p className="agenda-form__reminder-title">{t('agenda.form.reminderTitle')}</p>
          <p>{t('agenda.form.reminder')}</p>
        </div>
      </div>
      <FormAlert message={alert} />
      <form className="form" noValidate onSubmit={submit}>
        {!move && (
          <TextInput
            label={t('agenda.form.title')}
            description={t('agenda.form.titleHint')}
            value={values.title}
            onChange={(v) => set('title', v)}
            error={fieldError('title')}
            isRequired
            maxLength={200}
          />
        )}
        <DateField
          label={t('agenda.form.date')}
          date={values.date}
          onDate={(d) => set('date', d)}
          error={fieldError('date')}
        />
        <div className="agenda-form__times">
          <TextInput
            label={t('agenda.form.start')}
            description={t('agenda.form.timeHint')}
            value={values.start}
            onChange={(v) => set('start', v)}
            error={fieldError('start')}
            inputClassName="field__input--time"
            isRequired
          />
          <TextInput
            label={t('agenda.form.end')}
            description={t('agenda.form.timeHint')}
            value={values.end}
            onChange={(v) => set('end', v)}
            error={fieldError('end')}
            inputClassName="field__input--time"
            isRequired
          />
        </div>
        {!move && (
          <>
            <TextArea
              label={t('agenda.form.description')}
              description={t('agenda.form.descriptionHint')}
              value={values.description}
              onChange={(v) => set('description', v)}
              rows={3}
              maxLength={2000}
            />
            <div className="field">
              <Checkbox
                className="checkbox"
                isSelected={values.private}
                onChange={(v) => set('private', v)}
                aria-describedby="agenda-private-hint"
              >
                <span className="checkbox__box" aria-hidden="true">
                  {values.private && <Icon name="tick" size="1.25em" />}
                </span>
                <Icon name="lock" size="1.25em" />
                {t('agenda.form.private')}
              </Checkbox>
              <p id="agenda-private-hint" className="field__description">
                {t('agenda.form.privateHint')}
              </p>
            </div>
            <RadioGroup
              className="field radio-group"
              value={values.repeat}
              onChange={(v) => set('repeat', v as Repeat)}
            >
              <Label className="field__label">{t('agenda.form.repeat')}</Label>
              {repeats.map((r) => (
                <Radio key={r.key} value={r.value} className="radio">
                  <span className="radio__dot" aria-hidden="true" />
                  {t(r.key)}
                </Radio>
              ))}
            </RadioGroup>
            {values.repeat !== '' && (
              <DateField
                label={t('agenda.form.until')}
                date={values.until}
                onDate={(d) => set('until', d)}
                error={fieldError('until')}
              />
            )}
          </>
        )}
        <div className="form__actions">
          <ActionButton type="submit" busy={busy}>
            {t(editing ? 'agenda.form.save' : 'agenda.form.add')}
          </ActionButton>
          <ActionButton variant="secondary" onPress={onCancel}>
            {t('agenda.form.cancel')}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}

function titleKey(move: boolean, editing: boolean): string {
  if (move) {
    return 'agenda.form.moveTitle';
  }
  return editing ? 'agenda.form.editTitle' : 'agenda.form.newTitle';
}
