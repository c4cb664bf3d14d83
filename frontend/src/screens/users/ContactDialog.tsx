import { useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/Messages';
import { errorMessage } from '../../i18n/errors';
import * as Users from '../../services/users';
import type { Contact } from '../../services/users';
import { contactName, hasAnyRight } from './logic';
import { Marks } from './RightsMatrix';
import '../../styles/dialog.css';

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

/**
 * ContactDialog is one contact chosen from the table: their details,
 * Gegevens versturen, co-administrator, and the red Verwijderen or the
 * lock that explains why there is none (USERS-5, USERS-8).
 */
export function ContactDialog({ clientId, contact, onOffer, onClose }: ContactDialogProps) {
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
