import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { OutboxNotice } from '../../components/Outbox';
import { TextInput } from '../../components/TextInput';
import { KringError } from '../../services/errors';
import * as outbox from '../../services/outbox';
import type { OutboxEntry } from '../../services/outbox';
import { agendaError } from './messages';

interface RefusedListProps {
  clientId: string;
  /** round changes when the list should be read again. */
  round: number;
  onConflict: (itemId: string) => void;
  onChanged: (message: string) => void;
}

/** refusedAppointments keeps this portal's refused appointment writes. */
export function refusedAppointments(items: OutboxEntry[], clientId: string): OutboxEntry[] {
  return items.filter(
    (e) => e.clientId === clientId && e.state === 'failed' && e.kind.startsWith('appointment.'),
  );
}

/**
 * RefusedList names the appointment writes the server refused after they
 * waited in the outbox, says why, and offers to change or throw them away;
 * a conflict opens both versions side by side.
 */
export function RefusedList({ clientId, round, onConflict, onChanged }: RefusedListProps) {
  const { t } = useTranslation();
  const read = useCallback(
    async () => refusedAppointments(await outbox.items(), clientId),
    [clientId],
  );
  const [load, , refresh] = useLoad(read);
  const [editing, setEditing] = useState<OutboxEntry | undefined>();

  useEffect(() => {
    if (round > 0) {
      refresh();
    }
  }, [round, refresh]);

  if (load.state !== 'ready' || load.data.length === 0) {
    return null;
  }

  return (
    <section className="refused" aria-labelledby="refused-title">
      <h2 id="refused-title" className="refused__title">
        {t('agenda.refused.title')}
      </h2>
      <ul className="refused__list">
        {load.data.map((entry) => (
          <li key={entry.id}>
            <OutboxNotice
              entry={entry}
              onEdit={(e) => (e.errorCode === 'conflict' ? onConflict(e.id) : setEditing(e))}
              onChanged={() => {
                refresh();
                onChanged('');
              }}
            />
            {editing?.id === entry.id && (
              <TitleEdit
                entry={entry}
                onDone={(message) => {
                  setEditing(undefined);
                  refresh();
                  onChanged(message);
                }}
                onCancel={() => setEditing(undefined)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface TitleEditProps {
  entry: OutboxEntry;
  onDone: (message: string) => void;
  onCancel: () => void;
}

// The outbox can change the title of a refused appointment and send it
// again; other fields are changed in the agenda once it is placed.
function TitleEdit({ entry, onDone, onCancel }: TitleEditProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(entry.summary);
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    try {
      const r = await outbox.edit(entry.id, title.trim(), '');
      if (r.state === 'failed') {
        throw new KringError(r.errorCode || 'unknown');
      }
      onDone(t(r.state === 'pending' ? 'agenda.saved.pending' : 'agenda.saved.updated'));
    } catch (err) {
      setAlert(agendaError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form refused__edit">
      <FormAlert message={alert} />
      <TextInput label={t('agenda.refused.newTitle')} value={title} onChange={setTitle} />
      <div className="form__actions">
        <ActionButton busy={busy} onPress={() => void send()}>
          {t('agenda.refused.send')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={onCancel}>
          {t('agenda.refused.cancel')}
        </ActionButton>
      </div>
    </div>
  );
}
