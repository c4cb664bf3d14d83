import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import type { Conversation } from '../../services/messages';
import { when } from './when';

interface ConversationListProps {
  items: Conversation[];
  onOpen: (id: string) => void;
}

/**
 * ConversationList shows each conversation with its title, the people in
 * it and its last line; unread ones carry an icon and a text, not colour
 * alone.
 */
export function ConversationList({ items, onOpen }: ConversationListProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <p className="messages__empty">{t('messages.empty')}</p>;
  }

  return (
    <ul className="conversations">
      {items.map((c) => (
        <li key={c.id}>
          <ConversationEntry conversation={c} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

function ConversationEntry({ conversation: c, onOpen }: { conversation: Conversation; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const people = c.participants.length > 0 ? t('messages.with', { names: c.participants.join(', ') }) : '';
  const classes = ['conversation', c.unread > 0 ? 'conversation--unread' : ''].join(' ').trim();

  const content = (
    <>
      <span className="conversation__top">
        <span className="conversation__title">{c.title}</span>
        <span className="conversation__when">{when(t, c.lastMessageAt, i18n.language)}</span>
      </span>
      {people && <span className="conversation__people">{people}</span>}
      <span className="conversation__last">{c.lastText}</span>
      {c.unread > 0 && (
        <span className="conversation__mark conversation__mark--unread">
          <Icon name="messages" size="1.2em" />
          {t('messages.unread', { count: c.unread })}
        </span>
      )}
      {c.pending && (
        <span className="conversation__mark">
          <Icon name="repeat" size="1.2em" />
          {t('messages.pending')}
        </span>
      )}
    </>
  );

  // A conversation still in the outbox cannot be opened until it is sent.
  if (c.pending) {
    return <div className={classes}>{content}</div>;
  }

  return (
    <ActionButton variant="quiet" className={classes} onPress={() => onOpen(c.id)}>
      {content}
    </ActionButton>
  );
}
