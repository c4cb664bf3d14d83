import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { Page } from '../../components/Page';
import { Skeleton } from '../../components/Skeleton';
import { errorMessage } from '../../i18n/errors';
import type { Section } from '../../services/types';
import * as Users from '../../services/users';
import type { Contact } from '../../services/users';
import { AddUser } from './AddUser';
import { AuditLog } from './AuditLog';
import { ContactDialog } from './ContactDialog';
import { CredentialsDialog } from './CredentialsDialog';
import { contactName, withRight } from './logic';
import { RightsMatrix } from './RightsMatrix';
import '../../styles/dialog.css';
import '../../styles/users.css';

interface UsersScreenProps {
  clientId: string;
}

/** UsersScreen is Gebruikersbeheer: the portal administrator's contacts and rights (USERS-*). */
export function UsersScreen({ clientId }: UsersScreenProps) {
  const { t } = useTranslation();
  const { clients, navigate } = useApp();
  const card = clients.find((c) => c.id === clientId);
  const read = useCallback(() => Users.contacts(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [list, setList] = useState<Contact[] | undefined>(undefined);
  const [offer, setOffer] = useState<Contact | undefined>(undefined);
  const [managing, setManaging] = useState<Contact | undefined>(undefined);
  const [adding, setAdding] = useState(false);

  const contacts = list ?? (load.state === 'ready' ? load.data : undefined);

  const replace = (c: Contact) =>
    setList((contacts ?? []).map((x) => (x.id === c.id ? c : x)));

  const say = (text: string) => {
    setProblem('');
    setStatus(text);
  };
  const fail = (err: unknown) => {
    setStatus('');
    setProblem(errorMessage(t, err));
  };

  const back = (
    <ActionButton variant="link" onPress={() => navigate({ name: 'start', clientId })}>
      <Icon name="back" /> {t('users.back')}
    </ActionButton>
  );

  if (card && !card.admin) {
    return (
      <Page title={t('users.title')}>
        <p>{t('users.notAdmin')}</p>
        {back}
      </Page>
    );
  }

  async function toggle(c: Contact, section: Section, granted: boolean) {
    // Show the change at once; put it back if the server refuses.
    const before = contacts ?? [];
    setList(before.map((x) => (x.id === c.id ? withRight(x, section, granted) : x)));
    try {
      const r = await Users.setRight(clientId, c.id, section, granted);
      setList((now) => (now ?? before).map((x) => (x.id === c.id ? r.contact : x)));
      say(
        t('users.changed', {
          section: t(`users.sections.${section}`),
          name: contactName(c),
          value: t(granted ? 'users.yes' : 'users.no'),
        }),
      );
      if (r.offerCredentials) {
        setOffer(r.contact);
      }
    } catch (err) {
      setList(before);
      fail(err);
    }
  }

  return (
    <Page title={t('users.title')}>
      {back}
      <p>{t('users.intro', { client: card?.name ?? '' })}</p>
      <div className="users__messages">
        <StatusMessage message={status} />
        <FormAlert message={problem} />
      </div>
      {load.state === 'loading' && !contacts && <Skeleton />}
      {load.state === 'failed' && !contacts && (
        <>
          <FormAlert message={errorMessage(t, load.error)} />
          <ActionButton onPress={reload}>{t('app.retry')}</ActionButton>
        </>
      )}
      {contacts && (
        <>
          <div className="users__toolbar">
            <ActionButton
              onPress={() => {
                setStatus('');
                setAdding(true);
              }}
              isDisabled={adding}
            >
              {t('users.add.open')}
            </ActionButton>
          </div>
          {adding && (
            <AddUser
              clientId={clientId}
              onDone={(c) => {
                setAdding(false);
                if (c) {
                  setList([...(contacts ?? []).filter((x) => x.id !== c.id), c]);
                  say(t('users.add.added', { name: contactName(c) }));
                  refresh();
                }
              }}
            />
          )}
          <RightsMatrix contacts={contacts} onToggle={toggle} onManage={setManaging} />
          <StepDown clientId={clientId} />
          <AuditLog clientId={clientId} />
        </>
      )}
      <CredentialsDialog
        clientId={clientId}
        contact={offer}
        onClose={(sent) => {
          setOffer(undefined);
          if (sent) {
            replace(sent.contact);
            say(
              t(sent.kind === 'invitation' ? 'users.sentInvitation' : 'users.sentAccount', {
                name: contactName(sent.contact),
              }),
            );
          }
        }}
      />
      <ContactDialog
        clientId={clientId}
        contact={managing}
        onOffer={(c) => {
          setManaging(undefined);
          setOffer(c);
        }}
        onClose={(change) => {
          setManaging(undefined);
          if (change?.removed) {
            setList((contacts ?? []).filter((x) => x.id !== change.removed?.id));
            // The removed row's button is gone: focus goes to the table's title.
            window.setTimeout(() => document.getElementById('users-caption')?.focus(), 0);
            say(t('users.removed', { name: contactName(change.removed) }));
          } else if (change?.admin) {
            replace(change.admin);
            say(t('users.madeAdmin', { name: contactName(change.admin) }));
          }
        }}
      />
    </Page>
  );
}

interface StepDownProps {
  clientId: string;
}

// StepDown ends one's own administration; the server refuses with
// last_administrator when no other administrator remains (USERS-8).
function StepDown({ clientId }: StepDownProps) {
  const { t } = useTranslation();
  const { navigate, setClients, clients } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function stepDown() {
    setBusy(true);
    setProblem('');
    try {
      await Users.stepDown(clientId);
      setClients(clients.map((c) => (c.id === clientId ? { ...c, admin: false } : c)));
      navigate({ name: 'start', clientId });
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section className="users__section" aria-labelledby="users-stepdown">
      <h2 id="users-stepdown" className="visually-hidden">
        {t('users.stepDown')}
      </h2>
      <FormAlert message={problem} />
      {confirming ? (
        <>
          <p>{t('users.stepDownConfirm')}</p>
          <div className="dialog__actions">
            <ActionButton busy={busy} onPress={() => void stepDown()}>
              {t('users.stepDownYes')}
            </ActionButton>
            <ActionButton variant="secondary" onPress={() => setConfirming(false)}>
              {t('users.stepDownNo')}
            </ActionButton>
          </div>
        </>
      ) : (
        <ActionButton variant="secondary" onPress={() => setConfirming(true)}>
          {t('users.stepDown')}
        </ActionButton>
      )}
    </section>
  );
}
