// OutboxBadge and OutboxNotice show where a write stands when it did not
// reach the server at once: waiting ("wordt verstuurd") or refused, with
// the reason and the ways out (OutboxService: retry, edit, discard).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../i18n/errors';
import { KringError } from '../services/errors';
import * as Outbox from '../services/outbox';
import type { OutboxEntry, OutboxResult } from '../services/outbox';
import { ActionButton } from './ActionButton';
import { Icon } from './Icon';
import '../styles/dialog.css';
import '../styles/outbox.css';

interface OutboxBadgeProps {
  /** state of the write: "pending" shows "Wordt verstuurd", "failed" "Niet verstuurd". */
  state: string;
}

/** OutboxBadge is a small label next to an item that waits or was refused. */
export function OutboxBadge({ state }: OutboxBadgeProps) {
  const { t } = useTranslation();
  if (state !== 'pending' && state !== 'failed') {
    return null;
  }

  return (
    <span className={`outbox-badge outbox-badge--${state}`} data-testid="outbox-badge">
      <Icon name={state === 'failed' ? 'alert' : 'repeat'} size="1.1em" />
      {t(state === 'failed' ? 'outbox.failedBadge' : 'outbox.pendingBadge')}
    </span>
  );
}

interface OutboxNoticeProps {
  /** entry is the refused (or waiting) item from OutboxService.Items. */
  entry: OutboxEntry;
  /** onEdit opens the screen's own form to change the item; no button without it. */
  onEdit?: (entry: OutboxEntry) => void;
  /** onChanged is told after a retry or discard, to reload the list. */
  onChanged?: (result: OutboxResult | undefined) => void;
}

/**
 * OutboxNotice explains a refused write with its reason and offers
 * Opnieuw proberen, Aanpassen and Weggooien. A waiting write shows only
 * that it is on its way.
 */
export function OutboxNotice({ entry, onEdit, onChanged }: OutboxNoticeProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'' | 'retry' | 'discard'>('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');

  if (entry.state !== 'failed') {
    return (
      <div className="outbox-notice outbox-notice--pending" role="status">
        <Icon name="repeat" />
        <p>{t('outbox.pending')}</p>
      </div>
    );
  }

  const reason = entry.blockedBy
    ? t('outbox.blocked')
    : errorMessage(t, new KringError(entry.errorCode || 'unknown'));

  async function run(kind: 'retry' | 'discard') {
    setBusy(kind);
    setProblem('');
    try {
      if (kind === 'retry') {
        onChanged?.(await Outbox.retry(entry.id));
      } else {
        await Outbox.discard(entry.id);
        onChanged?.(undefined);
      }
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy('');
      setConfirming(false);
    }
  }

  const what = entry.summary ? t('outbox.failedWhat', { summary: entry.summary }) : t('outbox.failed');

  return (
    <div className="outbox-notice outbox-notice--failed" data-testid="outbox-notice">
      <div className="outbox-notice__text">
        <Icon name="alert" />
        <div>
          <p className="outbox-notice__title">{what}</p>
          <p>{reason}</p>
        </div>
      </div>
      <div role="alert">{problem && <p className="outbox-notice__problem">{problem}</p>}</div>
      {confirming ? (
        <div className="outbox-notice__actions">
          <p>{t('outbox.discardConfirm')}</p>
          <ActionButton variant="primary" className="button--danger" busy={busy === 'discard'} onPress={() => void run('discard')}>
            {t('outbox.discardYes')}
          </ActionButton>
          <ActionButton variant="secondary" onPress={() => setConfirming(false)}>
            {t('outbox.discardNo')}
          </ActionButton>
        </div>
      ) : (
        <div className="outbox-notice__actions">
          {!entry.blockedBy && (
            <ActionButton variant="primary" busy={busy === 'retry'} onPress={() => void run('retry')}>
              {t('outbox.retry')}
            </ActionButton>
          )}
          {onEdit && (
            <ActionButton variant="secondary" onPress={() => onEdit(entry)}>
              {t('outbox.edit')}
            </ActionButton>
          )}
          <ActionButton variant="secondary" onPress={() => setConfirming(true)}>
            {t('outbox.discard')}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
