import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApp } from '../../app/AppContext';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/Messages';
import { formatDate, formatTime } from '../../format/datetime';
import * as agenda from '../../services/agenda';
import { discard } from '../../services/outbox';
import type { AgendaItem } from '../../services/agenda';
import { agendaError, codeError } from './messages';

interface AppointmentDetailProps {
  clientId: string;
  item: AgendaItem;
  onEdit: () => void;
  /** onMove changes only this occurrence of a series. */
  onMove: () => void;
  onDone: (message: string) => void;
  onBack: () => void;
}

/**
 * AppointmentDetail shows one appointment in full; its author may change
 * or delete it there. ECD appointments are read only.
 */
export function AppointmentDetail(props: AppointmentDetailProps) {
  const { clientId, item, onEdit, onMove, onDone, onBack } = props;
  const { t, i18n } = useTranslation();
  const { user } = useApp();
  const [confirming, setConfirming] = useState<'' | 'all' | 'one'>('');
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const lang = i18n.language;
  const ecd = item.source === 'ecd';
  const mine = !ecd && (!item.authorName || item.authorName === user?.displayName);
  const series = item.repeating && !item.pending && Boolean(item.occurrence);

  useEffect(() => heading.current?.focus(), []);

  async function remove() {
    setBusy(true);
    try {
      const r = await write();
      if (r.state === 'failed') {
        discard(r.itemId).catch(() => {});
        setAlert(codeError(t, r.errorCode));
        setConfirming('');
        return;
      }
      const gone = confirming === 'one' ? 'agenda.saved.cancelledOne' : 'agenda.saved.deleted';
      onDone(t(r.state === 'pending' ? 'agenda.saved.pending' : gone));
    } catch (err) {
      setAlert(agendaError(t, err));
    } finally {
      setBusy(false);
    }
  }

  // A write still in the outbox is thrown away rather than deleted.
  async function write(): Promise<agenda.WriteResult> {
    if (item.pending) {
      await discard(item.id);
      return { state: 'sent', errorCode: '', itemId: item.id, recordId: '' };
    }
    if (confirming === 'one') {
      return agenda.setOccurrence(clientId, item, { cancel: true });
    }
    return agenda.remove(clientId, item.id, item.version);
  }

  return (
    <section className="agenda-detail" aria-labelledby="agenda-detail-title">
      <ActionButton variant="link" onPress={onBack}>
        <Icon name="back" />
        {t('agenda.detail.back')}
      </ActionButton>
      <h2 id="agenda-detail-title" ref={heading} tabIndex={-1}>
        {item.title}
      </h2>
      <FormAlert message={alert} />
      <dl className="details-list">
        <dt>{t('agenda.detail.when')}</dt>
        <dd>
          {formatDate(item.start, lang)},{' '}
          {t('time.timeRange', { start: formatTime(item.start, lang), end: formatTime(item.end, lang) })}
        </dd>
        {item.description && (
          <>
            <dt>{t('agenda.detail.description')}</dt>
            <dd className="agenda-detail__text">{item.description}</dd>
          </>
        )}
        <dt>{t('agenda.detail.by')}</dt>
        <dd>{ecd ? t('agenda.fromEcd') : item.authorName || user?.displayName}</dd>
      </dl>
      <ul className="agenda-detail__notes">
        {item.private && (
          <li className="mark">
            <Icon name="lock" />
            {t('agenda.private')}: {t('agenda.detail.privateNote')}
          </li>
        )}
        {item.repeating && (
          <li className="mark">
            <Icon name="repeat" />
            {t('agenda.repeating')}: {t('agenda.detail.seriesNote')}
          </li>
        )}
        {item.pending && <li className="mark mark--pending">{t('agenda.detail.pendingNote')}</li>}
      </ul>
      {ecd && <p>{t('agenda.detail.ecdNote')}</p>}
      {!ecd && !mine && <p>{t('agenda.detail.notMine', { name: item.authorName })}</p>}
      {mine && !confirming && !series && (
        <div className="form__actions">
          {!item.pending && <ActionButton onPress={onEdit}>{t('agenda.detail.edit')}</ActionButton>}
          <ActionButton variant="secondary" className="agenda-danger" onPress={() => setConfirming('all')}>
            {t('agenda.detail.delete')}
          </ActionButton>
        </div>
      )}
      {mine && !confirming && series && (
        <>
          <h3>{t('agenda.detail.onlyThis')}</h3>
          <div className="form__actions agenda-detail__actions">
            <ActionButton onPress={onMove}>{t('agenda.detail.moveOne')}</ActionButton>
            <ActionButton variant="secondary" className="agenda-danger" onPress={() => setConfirming('one')}>
              {t('agenda.detail.cancelOne')}
            </ActionButton>
          </div>
          <h3>{t('agenda.detail.allTimes')}</h3>
          <div className="form__actions agenda-detail__actions">
            <ActionButton variant="secondary" onPress={onEdit}>
              {t('agenda.detail.editAll')}
            </ActionButton>
            <ActionButton variant="secondary" className="agenda-danger" onPress={() => setConfirming('all')}>
              {t('agenda.detail.deleteAll')}
            </ActionButton>
          </div>
        </>
      )}
      {mine && confirming && (
        <div className="confirm" role="group" aria-labelledby="agenda-delete-question">
          <p id="agenda-delete-question">{t(confirmKey(confirming, item.repeating))}</p>
          <div className="form__actions">
            <ActionButton className="button--danger-solid" busy={busy} onPress={remove} autoFocus>
              {t(confirming === 'one' ? 'agenda.detail.cancelOneYes' : 'agenda.detail.deleteYes')}
            </ActionButton>
            <ActionButton variant="secondary" onPress={() => setConfirming('')}>
              {t('agenda.detail.deleteNo')}
            </ActionButton>
          </div>
        </div>
      )}
    </section>
  );
}

function confirmKey(confirming: 'all' | 'one', repeating: boolean): string {
  if (confirming === 'one') {
    return 'agenda.detail.cancelOneConfirm';
  }
  return repeating ? 'agenda.detail.deleteSeriesConfirm' : 'agenda.detail.deleteConfirm';
}
