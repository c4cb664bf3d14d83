import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { OutboxNotice } from '../../components/Outbox';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { errorMessage } from '../../i18n/errors';
import * as outbox from '../../services/outbox';
import type { OutboxEntry } from '../../services/outbox';

interface RefusedMessagesProps {
  clientId: string;
  /** kinds are the outbox kinds shown: a new conversation, a reply. */
  kinds?: string[];
  onChanged: () => void;
}

/**
 * RefusedMessages shows the messages the server refused, each with why
 * and the ways out: try again, change it, or throw it away.
 */
export function RefusedMessages({ clientId, kinds = ['conversation', 'message'], onChanged }: RefusedMessagesProps) {
  const read = useCallback(() => outbox.items(), []);
  const [load, , refresh] = useLoad(read);
  const [editing, setEditing] = useState<OutboxEntry>();

  if (load.state !== 'ready') {
    return null;
  }

  const refused = load.data.filter(
    (e) => e.clientId === clientId && e.state === 'failed' && kinds.includes(e.kind),
  );
  const changed = () => {
    setEditing(undefined);
    refresh();
    onChanged();
  };

  if (refused.length === 0) {
    return null;
  }

  return (
    <div className="messages-refused">
      {refused.map((e) =>
        editing?.id === e.id ? (
          <EditRefused key={e.id} entry={e} onDone={changed} onCancel={() => setEditing(undefined)} />
        ) : (
          <OutboxNotice key={e.id} entry={e} onEdit={setEditing} onChanged={changed} />
        ),
      )}
    </div>
  );
}

interface EditRefusedProps {
  entry: OutboxEntry;
  onDone: () => void;
  onCancel: () => void;
}

// EditRefused changes a refused message and sends it again. The outbox
// keeps only a summary, so a new conversation starts from its title.
function EditRefused({ entry, onDone, onCancel }: EditRefusedProps) {
  const { t } = useTranslation();
  const isConversation = entry.kind === 'conversation';
  const [title, setTitle] = useState(isConversation ? entry.summary : '');
  const [text, setText] = useState(isConversation ? '' : entry.summary.replace(/…$/, ''));
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await outbox.edit(entry.id, isConversation ? title : '', text);
      onDone();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form messages-refused__edit" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('messages.editTitle')}</h3>
      <FormAlert message={problem} />
      {isConversation && <TextInput label={t('messages.title')} value={title} onChange={setTitle} />}
      <TextArea label={t('messages.text')} value={text} onChange={setText} />
      <div className="form__actions">
        <ActionButton type="submit" busy={busy}>
          {t('messages.save')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={onCancel}>
          {t('messages.cancel')}
        </ActionButton>
      </div>
    </form>
  );
}
