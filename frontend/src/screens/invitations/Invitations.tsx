import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { errorMessage } from '../../i18n/errors';
import * as Invitations from '../../services/invitations';
import type { Invitation } from '../../services/invitations';
import '../../styles/users.css';

interface InvitationsProps {
  /** onAccepted is told so the list of portals can be read again. */
  onAccepted?: () => void;
}

/**
 * InvitationsPanel shows pending invitations after sign-in (AUTH-7):
 * Accepteren opens the portal; "Ik ken deze uitnodiging niet" reports it
 * to the organisation's helpdesk. Without invitations it shows nothing.
 */
export function InvitationsPanel({ onAccepted }: InvitationsProps) {
  return <InvitationList onAccepted={onAccepted} />;
}

function InvitationList({ onAccepted }: InvitationsProps) {
  const { t } = useTranslation();
  const read = useCallback(() => Invitations.list(), []);
  const [load, , refresh] = useLoad(read);
  const [busy, setBusy] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  async function run(inv: Invitation, kind: 'accept' | 'report') {
    setBusy(`${kind}:${inv.id}`);
    setProblem('');
    try {
      if (kind === 'accept') {
        await Invitations.accept(inv.id);
        setStatus(t('users.invitations.accepted', { client: inv.clientName }));
        onAccepted?.();
      } else {
        await Invitations.report(inv.id);
        setStatus(t('users.invitations.reported'));
      }
      refresh();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy('');
    }
  }

  const items = load.state === 'ready' ? load.data : [];
  return (
    <>
      <StatusMessage message={status} />
      <FormAlert message={problem} />
      {items.length > 0 && (
        <section className="invitations" aria-labelledby="invitations-title" data-testid="invitations">
          <h2 id="invitations-title">{t('users.invitations.title')}</h2>
          <ul className="invitations__list">
            {items.map((inv) => (
              <li key={inv.id} className="invitations__item">
                <p>{t('users.invitations.text', { client: inv.clientName, by: inv.invitedBy })}</p>
                <div className="dialog__actions">
                  <ActionButton busy={busy === `accept:${inv.id}`} onPress={() => void run(inv, 'accept')}>
                    {t('users.invitations.accept')}
                  </ActionButton>
                  <ActionButton
                    variant="secondary"
                    busy={busy === `report:${inv.id}`}
                    onPress={() => void run(inv, 'report')}
                  >
                    {t('users.invitations.report')}
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
