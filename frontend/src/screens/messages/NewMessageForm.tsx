import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { FormAlert } from '../../components/Messages';
import { Skeleton } from '../../components/Skeleton';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors, type FieldErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errors';
import { KringError } from '../../services/errors';
import * as messages from '../../services/messages';
import type { NewConversation, Recipient, WriteResult } from '../../services/messages';

interface NewMessageFormProps {
  clientId: string;
  onCancel: () => void;
  onSent: (result: WriteResult) => void;
}

/** NewMessageForm is Nieuw bericht: Aan, Titel, Bericht, Plaatsen (MESSAGES-2). */
export function NewMessageForm({ clientId, onCancel, onSent }: NewMessageFormProps) {
  const { t } = useTranslation();
  const read = useCallback(() => messages.recipients(clientId), [clientId]);
  const [load, reload] = useLoad(read);
  const h2 = useRef<HTMLHeadingElement>(null);

  useEffect(() => h2.current?.focus(), []);

  return (
    <section className="new-message" aria-labelledby="new-message-title">
      <h2 id="new-message-title" ref={h2} tabIndex={-1}>
        {t('messages.newMessage')}
      </h2>
      {load.state === 'loading' && <Skeleton lines={4} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <MessageForm clientId={clientId} people={load.data} onCancel={onCancel} onSent={onSent} />
      )}
    </section>
  );
}

/** checkNewMessage gives the sentence for each field that is not filled in. */
export function checkNewMessage(t: (key: string) => string, input: NewConversation): FieldErrors {
  const found: FieldErrors = {};
  if (input.recipientIds.length === 0) found.to = t('messages.missingTo');
  if (input.title.trim() === '') found.title = t('messages.missingTitle');
  if (input.text.trim() === '') found.text = t('messages.missingText');
  return found;
}

interface MessageFormProps extends NewMessageFormProps {
  people: Recipient[];
}

function MessageForm({ clientId, people, onCancel, onSent }: MessageFormProps) {
  const { t } = useTranslation();
  const { form, errors, report, bind } = useFormErrors();
  const [to, setTo] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { recipientIds: to, title, text };
    if (busy || report(checkNewMessage(t, input))) return;

    setBusy(true);
    setProblem('');
    try {
      const result = await messages.start(clientId, input);
      if (result.state === 'failed') {
        setProblem(errorMessage(t, new KringError(result.errorCode || 'unknown')));
        return;
      }
      onSent(result);
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  if (people.length === 0) {
    return (
      <>
        <p>{t('messages.noRecipients')}</p>
        <ActionButton variant="secondary" onPress={onCancel}>
          {t('messages.cancel')}
        </ActionButton>
      </>
    );
  }

  const toBinding = bind('to', '', () => {});
  return (
    <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert message={problem} />
      <CheckboxGroup
        className="field recipients"
        value={to}
        onChange={(v) => {
          setTo(v);
          toBinding.onChange('');
        }}
        isInvalid={Boolean(errors.to)}
        validationBehavior="aria"
      >
        <Label className="field__label">{t('messages.to')}</Label>
        <Text slot="description" className="field__description">
          {t('messages.toHint')}
        </Text>
        <FieldError className="field__error">{errors.to}</FieldError>
        <div className="recipients__list">
          {people.map((p) => (
            <Checkbox key={p.id} value={p.id} className="checkbox recipient">
              {({ isSelected }) => (
                <>
                  <span className="checkbox__box">{isSelected && <Icon name="tick" />}</span>
                  {p.name}
                </>
              )}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <TextInput label={t('messages.title')} maxLength={200} {...bind('title', title, setTitle)} />
      <TextArea label={t('messages.text')} rows={6} {...bind('text', text, setText)} />
      <div className="form__actions">
        <ActionButton type="submit" busy={busy}>
          {busy ? t('messages.busy') : t('messages.post')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={onCancel}>
          {t('messages.cancel')}
        </ActionButton>
      </div>
    </form>
  );
}
