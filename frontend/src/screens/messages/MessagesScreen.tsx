import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { StatusMessage } from '../../components/Messages';
import { Page } from '../../components/Page';
import { Skeleton } from '../../components/Skeleton';
import { onPortalChanged } from '../../services/events';
import * as messages from '../../services/messages';
import { Chat } from './Chat';
import { ConversationList } from './ConversationList';
import { NewMessageForm } from './NewMessageForm';
import { RefusedMessages } from './RefusedMessages';
import './messages.css';

interface MessagesScreenProps {
  clientId: string;
}

/** View is the part of Mijn Berichten on show. */
type View = { name: 'list'; back?: boolean } | { name: 'chat'; id: string } | { name: 'new' };

/** MessagesScreen is Mijn Berichten of one portal (MESSAGES-*). */
export function MessagesScreen({ clientId }: MessagesScreenProps) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const [view, setView] = useState<View>({ name: 'list' });
  const [notice, setNotice] = useState('');

  const toList = useCallback((message = '') => {
    setNotice(message);
    setView({ name: 'list', back: true });
  }, []);

  return (
    <Page title={t('section.messages')}>
      <div className="messages__bar">
        <ActionButton variant="secondary" onPress={() => navigate({ name: 'start', clientId })}>
          <Icon name="back" />
          {t('section.back')}
        </ActionButton>
      </div>
      {view.name === 'list' && (
        <ListView
          clientId={clientId}
          notice={notice}
          focusHeading={view.back ?? false}
          onOpen={(id) => setView({ name: 'chat', id })}
          onNew={() => setView({ name: 'new' })}
        />
      )}
      {view.name === 'chat' && (
        <Chat clientId={clientId} conversationId={view.id} onBack={() => toList()} />
      )}
      {view.name === 'new' && (
        <NewMessageForm
          clientId={clientId}
          onCancel={() => toList()}
          onSent={(result) =>
            toList(t(result.state === 'sent' ? 'messages.sent' : 'messages.queued'))
          }
        />
      )}
    </Page>
  );
}

interface ListViewProps {
  clientId: string;
  notice: string;
  /** focusHeading puts focus on the list's heading, on coming back to it. */
  focusHeading: boolean;
  onOpen: (id: string) => void;
  onNew: () => void;
}

// ListView is the list of conversations with Nieuw bericht above it.
function ListView({ clientId, notice, focusHeading, onOpen, onNew }: ListViewProps) {
  const { t } = useTranslation();
  const h2 = useRef<HTMLHeadingElement>(null);
  const { sessionLost } = useApp();
  const read = useCallback(() => messages.conversations(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  useEffect(() => onPortalChanged((id) => id === clientId && refresh()), [clientId, refresh]);

  useEffect(() => {
    if (focusHeading) h2.current?.focus();
  }, [focusHeading]);

  return (
    <section aria-labelledby="conversations-title">
      <div className="messages__head">
        <h2 id="conversations-title" ref={h2} tabIndex={-1}>{t('messages.listTitle')}</h2>
        <ActionButton onPress={onNew}>{t('messages.newMessage')}</ActionButton>
      </div>
      <StatusMessage message={notice} />
      <RefusedMessages clientId={clientId} onChanged={refresh} />
      {load.state === 'loading' && <Skeleton lines={4} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && <ConversationList items={load.data} onOpen={onOpen} />}
    </section>
  );
}
