import { useCallback, useState } from 'react';
import { Dialog, Heading, Modal, ToggleButton } from 'react-aria-components';
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
import { contactName, credentialsKind, hasAnyRight, withRight } from './logic';
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
          <Matrix contacts={contacts} onToggle={toggle} onManage={setManaging} />
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

interface MatrixProps {
  contacts: Contact[];
  onToggle: (c: Contact, section: Section, granted: boolean) => void;
  onManage: (c: Contact) => void;
}

// Matrix is the rights table: contacts as rows, sections as columns, the
// sensitivity note of each section under its heading (USERS-4, USERS-7).
function Matrix({ contacts, onToggle, onManage }: MatrixProps) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return <p>{t('users.empty')}</p>;
  }

  return (
    <>
    <h2 id="users-caption" className="users-table__caption" tabIndex={-1}>
      {t('users.tableCaption')}
    </h2>
    <p className="users-table__hint">{t('users.tableHint')}</p>
    <div className="users-matrix" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="users-table" aria-labelledby="users-caption">
        <thead>
          <tr>
            <th scope="col">{t('users.person')}</th>
            {Users.sections.map((s) => (
              <th scope="col" key={s} className={`users-table__section users-table__section--${s}`}>
                <span className="users-table__section-name">{t(`users.sections.${s}`)}</span>
                <span className="users-table__note">{t(`users.notes.${s}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id} data-testid="users-row">
              <th scope="row" className="users-table__person">
                <ActionButton
                  variant="link"
                  className="users-table__name"
                  aria-label={t('users.manage', { name: contactName(c) })}
                  onPress={() => onManage(c)}
                >
                  {contactName(c)}
                  {c.self && ` (${t('users.you')})`}
                </ActionButton>
                {c.role && <span className="users-table__role">{c.role}</span>}
                <Marks contact={c} />
              </th>
              {Users.sections.map((s) => {
                const on = c.rights.includes(s);
                return (
                  <td key={s}>
                    <ToggleButton
                      className="right-toggle"
                      isSelected={on}
                      onChange={(v) => onToggle(c, s, v)}
                      // The visible Ja/Nee leads the name (WCAG 2.5.3), then
                      // which section of whom the cell is.
                      aria-label={`${t(on ? 'users.yes' : 'users.no')}, ${t('users.cellLabel', {
                        section: t(`users.sections.${s}`),
                        name: contactName(c),
                      })}`}
                    >
                      {on && <Icon name="tick" size="1.1em" />}
                      {t(on ? 'users.yes' : 'users.no')}
                    </ToggleButton>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}

// Marks are the pending invitation, the ECD lock and the administrator
// role: an icon with a text label each.
function Marks({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const marks: { key: string; icon: 'lock' | 'repeat' | 'alert' | 'details' }[] = [];
  if (contact.locked) marks.push({ key: 'locked', icon: 'lock' });
  if (contact.pending || contact.invitation === 'pending') marks.push({ key: 'pending', icon: 'repeat' });
  if (contact.invitation === 'reported') marks.push({ key: 'reported', icon: 'alert' });
  if (contact.admin) marks.push({ key: 'admin', icon: 'details' });
  if (marks.length === 0) {
    return null;
  }

  return (
    <ul className="users-marks">
      {marks.map((m) => (
        <li key={m.key} className={`users-mark users-mark--${m.key}`} data-testid={`mark-${m.key}`}>
          <Icon name={m.icon} size="1.1em" />
          {t(`users.marks.${m.key}`)}
        </li>
      ))}
    </ul>
  );
}

interface CredentialsDialogProps {
  clientId: string;
  contact?: Contact;
  onClose: (sent?: Users.CredentialsResult) => void;
}

// CredentialsDialog offers "Gegevens versturen" when a contact got their
// first Ja: sign-in details for a new account, an invitation otherwise.
function CredentialsDialog({ clientId, contact, onClose }: CredentialsDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  if (!contact) {
    return null;
  }

  const name = contactName(contact);
  async function send() {
    if (!contact) return;
    setBusy(true);
    setProblem('');
    try {
      onClose(await Users.sendCredentials(clientId, contact.id));
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal" data-testid="credentials-dialog">
      <Dialog className="dialog">
        <Heading slot="title">{t('users.credentialsTitle', { name })}</Heading>
        <p>
          {t(credentialsKind(contact) === 'invitation' ? 'users.credentialsInvitation' : 'users.credentialsAccount', {
            name,
          })}
        </p>
        <FormAlert message={problem} />
        <div className="dialog__actions">
          <ActionButton busy={busy} onPress={() => void send()}>
            {t('users.sendCredentials')}
          </ActionButton>
          <ActionButton variant="secondary" onPress={() => onClose()}>
            {t('users.credentialsLater')}
          </ActionButton>
        </div>
      </Dialog>
    </Modal>
  );
}

interface ContactChange {
  removed?: Contact;
  admin?: Contact;
}

interface ContactDialogProps {
  clientId: string;
  contact?: Contact;
  onOffer: (c: Contact) => void;
  onClose: (change?: ContactChange) => void;
}

// ContactDialog is one contact chosen from the table: their details,
// Gegevens versturen, co-administrator, and the red Verwijderen or the
// lock that explains why there is none (USERS-5, USERS-8).
function ContactDialog({ clientId, contact, onOffer, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState('');
  const [problem, setProblem] = useState('');
  if (!contact) {
    return null;
  }

  const name = contactName(contact);
  async function run(kind: 'remove' | 'admin') {
    if (!contact) return;
    setBusy(kind);
    setProblem('');
    try {
      if (kind === 'remove') {
        await Users.remove(clientId, contact.id);
        setConfirming(false);
        onClose({ removed: contact });
      } else {
        onClose({ admin: await Users.makeAdmin(clientId, contact.id) });
      }
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy('');
    }
  }

  return (
    <Modal
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onClose()}
      className="modal"
      data-testid="contact-dialog"
    >
      <Dialog className="dialog">
        <Heading slot="title">{t('users.contactTitle', { name })}</Heading>
        <dl className="details-list">
          <dt>{t('users.role')}</dt>
          <dd>{contact.role || t('users.unknown')}</dd>
          <dt>{t('users.email')}</dt>
          <dd>{contact.email || t('users.unknown')}</dd>
          <dt>{t('users.phone')}</dt>
          <dd>{contact.phoneHint || t('users.unknown')}</dd>
        </dl>
        <Marks contact={contact} />
        <FormAlert message={problem} />
        <div className="dialog__actions">
          {hasAnyRight(contact) && !contact.self && (
            <ActionButton variant="secondary" onPress={() => onOffer(contact)}>
              {t('users.sendCredentials')}
            </ActionButton>
          )}
          {!contact.admin && contact.hasAccount && (
            <ActionButton variant="secondary" busy={busy === 'admin'} onPress={() => void run('admin')}>
              {t('users.makeAdmin')}
            </ActionButton>
          )}
        </div>
        {!contact.admin && contact.hasAccount && <p className="field__description">{t('users.makeAdminHint')}</p>}
        {contact.locked ? (
          <div className="users-lock" data-testid="lock-explain">
            <Icon name="lock" />
            <p>{t('users.lockedExplain', { name })}</p>
          </div>
        ) : (
          !contact.self &&
          (confirming ? (
            <div className="danger-zone">
              <p>{t('users.removeConfirm', { name })}</p>
              <div className="dialog__actions">
                <ActionButton className="button--danger" busy={busy === 'remove'} onPress={() => void run('remove')}>
                  {t('users.removeYes')}
                </ActionButton>
                <ActionButton variant="secondary" onPress={() => setConfirming(false)}>
                  {t('users.removeNo')}
                </ActionButton>
              </div>
            </div>
          ) : (
            <div className="dialog__actions">
              <ActionButton className="button--danger" onPress={() => setConfirming(true)}>
                {t('users.remove')}
              </ActionButton>
            </div>
          ))
        )}
        <div className="dialog__actions dialog__actions--end">
          <ActionButton variant="quiet" onPress={() => onClose()}>
            {t('users.close')}
          </ActionButton>
        </div>
      </Dialog>
    </Modal>
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
