import { useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { errorMessage } from '../../i18n/errors';
import * as Users from '../../services/users';
import type { Contact } from '../../services/users';
import { contactName, credentialsKind } from './logic';
import '../../styles/dialog.css';

interface CredentialsDialogProps {
  clientId: string;
  contact?: Contact;
  onClose: (sent?: Users.CredentialsResult) => void;
}

/**
 * CredentialsDialog offers "Gegevens versturen" when a contact got their
 * first Ja: sign-in details for a new account, an invitation otherwise.
 */
export function CredentialsDialog({ clientId, contact, onClose }: CredentialsDialogProps) {
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
