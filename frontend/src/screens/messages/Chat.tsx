import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { FormAlert } from '../../components/Messages';
import { Skeleton } from '../../components/Skeleton';
import { TextArea } from '../../components/TextArea';
import { errorMessage } from '../../i18n/errors';
import { KringError } from '../../services/errors';
import { onPortalChanged } from '../../services/events';
import * as messages from '../../services/messages';
import type { ChatMessage, ConversationView } from '../../services/messages';
import { RefusedMessages } from './RefusedMessages';
import { when } from './when';

interface ChatProps {
  clientId: string;
  conversationId: string;
  onBack: () => void;
}

/**
 * Chat opens a conversation as the chat apps relatives know: own texts on
 * the right, others' on the left with name and time, the reply box below
 * (MESSAGES-3). Opening it marks it read (MESSAGES-4).
 */
export function Chat({ clientId, conversationId, onBack }: ChatProps) {
  const { t } = useTranslation();
  const { sessionLost } = useApp();
  const read = useCallback(
    () => messages.conversation(clientId, conversationId),
    [clientId, conversationId],
  );
  const [load, reload, refresh] = useLoad(read);
  const unread = load.state === 'ready' && hasUnread(load.data);

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  // Marking read may fail offline; the outbox sends it later.
  useEffect(() => {
    if (unread) {
      messages.markRead(clientId, conversationId).catch(() => {});
    }
  }, [unread, clientId, conversationId]);

  useEffect(() => onPortalChanged((id) => id === clientId && refresh()), [clientId, refresh]);

  return (
    <section className="chat" aria-labelledby="chat-title">
      <ActionButton variant="link" onPress={onBack}>
        <Icon name="back" />
        {t('messages.backToList')}
      </ActionButton>
      {load.state === 'loading' && <Skeleton lines={5} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <>
          <ChatHeading view={load.data} />
          <ChatLines items={load.data.messages} />
          <RefusedMessages clientId={clientId} kinds={['message']} onChanged={refresh} />
          <ReplyForm clientId={clientId} conversationId={conversationId} onSent={refresh} />
        </>
      )}
    </section>
  );
}

function hasUnread(view: ConversationView): boolean {
  return view.conversation.unread > 0 || view.messages.some((m) => m.unread);
}

function ChatHeading({ view }: { view: ConversationView }) {
  const { t } = useTranslation();
  const h2 = useRef<HTMLHeadingElement>(null);
  const people = view.conversation.participants;

  // A screen reader starts reading at the conversation just opened.
  useEffect(() => h2.current?.focus(), []);

  return (
    <div className="chat__head">
      <h2 id="chat-title" ref={h2} tabIndex={-1}>
        {view.conversation.title}
      </h2>
      {people.length > 0 && <p className="chat__people">{t('messages.with', { names: people.join(', ') })}</p>}
    </div>
  );
}

/** ChatLines lists the messages, own ones on the right. */
export function ChatLines({ items }: { items: ChatMessage[] }) {
  const { t } = useTranslation();
  return (
    <ol className="chat__lines" aria-label={t('messages.chatLabel')}>
      {items.map((m) => (
        <ChatLine key={m.id} message={m} />
      ))}
    </ol>
  );
}

function ChatLine({ message: m }: { message: ChatMessage }) {
  const { t, i18n } = useTranslation();
  const side = m.mine ? 'chat__line--mine' : 'chat__line--theirs';

  return (
    <li className={`chat__line ${side}`}>
      <div className="chat__bubble">
        <p className="chat__meta">
          <span className="chat__author">{m.mine ? t('messages.you') : m.authorName}</span>{' '}
          <span className="chat__time">{when(t, m.createdAt, i18n.language)}</span>
        </p>
        <p className="chat__text">{m.text}</p>
        {m.pending && (
          <p className="chat__pending">
            <Icon name="repeat" size="1.1em" />
            {t('messages.pending')}
          </p>
        )}
      </div>
    </li>
  );
}

interface ReplyFormProps {
  clientId: string;
  conversationId: string;
  onSent: () => void;
}

// ReplyForm is the box below the chat with Plaatsen.
function ReplyForm({ clientId, conversationId, onSent }: ReplyFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      setError(t('messages.missingReply'));
      return;
    }

    setBusy(true);
    setProblem('');
    try {
      const result = await messages.reply(clientId, conversationId, text);
      if (result.state === 'failed') {
        setProblem(errorMessage(t, new KringError(result.errorCode || 'unknown')));
      } else {
        setText('');
      }
      onSent();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="chat__reply" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert message={problem} />
      <TextArea
        label={t('messages.reply')}
        description={t('messages.replyHint')}
        value={text}
        onChange={(v) => {
          setText(v);
          setError('');
        }}
        error={error}
        rows={3}
      />
      <div className="form__actions">
        <ActionButton type="submit" busy={busy}>
          {busy ? t('messages.busy') : t('messages.post')}
        </ActionButton>
      </div>
    </form>
  );
}
