import type { TFunction } from 'i18next';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../app/AppContext';
import { useLoad } from '../app/useLoad';
import { ActionButton } from '../components/ActionButton';
import { Avatar } from '../components/Avatar';
import { LoadFailed } from '../components/LoadFailed';
import { Banner } from '../components/Messages';
import { Page } from '../components/Page';
import { Skeleton } from '../components/Skeleton';
import { formatDate, formatTime, relativeDay } from '../format/datetime';
import { onPortalChanged } from '../services/events';
import * as portal from '../services/portal';
import type { HomeView, Message } from '../services/types';
import { AppointmentList } from './AppointmentList';
import { SectionTile, tileSections } from './SectionTile';

/** nextShown is how many appointments the start screen lists. */
const nextShown = 5;

interface StartProps {
  clientId: string;
}

/** Start is a portal's start screen (HOME-2). */
export function Start({ clientId }: StartProps) {
  const { t } = useTranslation();
  const { clients, sessionLost } = useApp();
  const read = useCallback(() => portal.home(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);
  const card = clients.find((c) => c.id === clientId);
  const name = load.state === 'ready' ? load.data.client.name : (card?.name ?? '');

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  // A sync that brought news for this client refreshes the screen in place.
  useEffect(
    () => onPortalChanged((id) => id === clientId && refresh()),
    [clientId, refresh],
  );

  return (
    <Page title={t('start.title')} heading={t('start.heading', { name })} hideHeading>
      {load.state === 'loading' && <Skeleton lines={3} blocks={4} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && <StartView view={load.data} />}
    </Page>
  );
}

function StartView({ view }: { view: HomeView }) {
  const { t, i18n } = useTranslation();
  const { clients } = useApp();
  const { client } = view;
  const sections = tileSections.filter((s) => client.rights.includes(s));
  const several = clients.length > 1;
  // Two columns around the client, filled row by row: red and orange on
  // top, blue and green below.
  const left = sections.filter((_, i) => i % 2 === 0);
  const right = sections.filter((_, i) => i % 2 === 1);

  return (
    <>
      {view.offline && <Banner message={offlineText(t, view.lastSync, i18n.language)} />}
      <div className="start">
        <nav className="start__tiles" aria-label={t('start.sections')}>
          <ul className="start__column">
            {left.map((s) => (
              <SectionTile key={s} section={s} clientId={client.id} view={view} />
            ))}
          </ul>
          <ClientBadge client={client} several={several} />
          <ul className="start__column">
            {right.map((s) => (
              <SectionTile key={s} section={s} clientId={client.id} view={view} />
            ))}
          </ul>
        </nav>
        {sections.length === 0 && <p>{t('start.noSections')}</p>}
        <div className="start__panels">
          {client.rights.includes('messages') && <UnreadPanel view={view} />}
          {client.rights.includes('appointments') && (
            <section className="panel" aria-labelledby="next-appointments">
              <h2 id="next-appointments">{t('start.appointmentsTitle')}</h2>
              <AppointmentList items={view.nextAppointments} limit={nextShown} />
            </section>
          )}
        </div>
        {client.admin && <UsersLink clientId={client.id} />}
      </div>
    </>
  );
}

// UsersLink leads a portal administrator to Gebruikersbeheer (USERS-*).
function UsersLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  return (
    <p className="start__users">
      <ActionButton variant="secondary" onPress={() => navigate({ name: 'users', clientId })}>
        {t('users.open')}
      </ActionButton>
    </p>
  );
}

interface ClientBadgeProps {
  client: HomeView['client'];
  several: boolean;
}

// The client in the middle; with several portals it leads back to the
// chooser (HOME-1).
function ClientBadge({ client, several }: ClientBadgeProps) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const face = (
    <>
      <Avatar name={client.name} photoUrl={client.photoUrl} size="large" />
      <span className="start__client-name">{client.name}</span>{' '}
    </>
  );

  if (!several) {
    return <div className="start__client">{face}</div>;
  }

  return (
    <ActionButton
      variant="quiet"
      className="start__client start__client--button"
      onPress={() => navigate({ name: 'chooser' })}
    >
      {face}
      <span className="start__client-choose">{t('start.otherClients')}</span>
    </ActionButton>
  );
}

function UnreadPanel({ view }: { view: HomeView }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const open = () =>
    navigate({ name: 'section', clientId: view.client.id, section: 'messages' });

  return (
    <section className="panel panel--messages" aria-labelledby="unread-messages">
      <h2 id="unread-messages">{t('start.messagesTitle')}</h2>
      <p className="panel__count">
        {view.unreadMessages > 0 && (
          <span className="count-badge" aria-hidden="true">
            {view.unreadMessages}
          </span>
        )}
        {t('start.unread', { count: view.unreadMessages })}
      </p>
      <UnreadList messages={view.latestUnread ?? []} />
      <ActionButton variant="secondary" onPress={open}>
        {t('start.openMessages')}
      </ActionButton>
    </section>
  );
}

function UnreadList({ messages }: { messages: Message[] }) {
  const { t, i18n } = useTranslation();
  if (messages.length === 0) {
    return null;
  }

  return (
    <ul className="unread">
      {messages.map((m) => (
        <li key={m.id} className="unread__item">
          <p className="unread__author">{m.authorName}</p>
          <p className="unread__meta">{when(t, m.createdAt, i18n.language)}</p>
          <p className="unread__text">{m.text}</p>
        </li>
      ))}
    </ul>
  );
}

// when says "vandaag, 15:39" for today and tomorrow, the full date else.
function when(t: TFunction, iso: string, lang: string): string {
  const rel = relativeDay(iso);
  const day = rel ? t(`time.${rel}`) : formatDate(iso, lang);
  return `${day}, ${formatTime(iso, lang)}`;
}

function offlineText(t: TFunction, lastSync: string, lang: string) {
  if (!lastSync) {
    return t('start.offlineUnknown');
  }
  const time = `${formatDate(lastSync, lang)}, ${formatTime(lastSync, lang)}`;
  return t('start.offline', { time });
}
