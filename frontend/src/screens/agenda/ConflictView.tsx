import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { FormAlert } from '../../components/Messages';
import { Skeleton } from '../../components/Skeleton';
import { formatDate, formatTime } from '../../format/datetime';
import * as agenda from '../../services/agenda';
import { noonOf } from './dates';
import { agendaError, codeError } from './messages';

interface ConflictViewProps {
  itemId: string;
  onDone: (message: string) => void;
  onBack: () => void;
}

interface Version {
  title: string;
  description: string;
  start: string;
  end: string;
  private: boolean;
}

/**
 * ConflictView shows the user's change beside the version someone else
 * saved first, and keeps the one the user chooses; nothing is overwritten
 * without asking.
 */
export function ConflictView({ itemId, onDone, onBack }: ConflictViewProps) {
  const { t } = useTranslation();
  const read = useCallback(() => agenda.conflict(itemId), [itemId]);
  const [load] = useLoad(read);
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState<'' | 'mine' | 'theirs'>('');

  useEffect(() => {
    document.getElementById('agenda-conflict-title')?.focus();
  }, []);

  async function keep(which: 'mine' | 'theirs') {
    setBusy(which);
    try {
      const r = await agenda.resolve(itemId, which);
      if (r.state === 'failed') {
        setAlert(codeError(t, r.errorCode));
        return;
      }
      onDone(t(which === 'mine' ? 'agenda.saved.updated' : 'agenda.saved.keptTheirs'));
    } catch (err) {
      setAlert(agendaError(t, err));
    } finally {
      setBusy('');
    }
  }

  return (
    <section className="agenda-conflict" aria-labelledby="agenda-conflict-title">
      <ActionButton variant="link" onPress={onBack}>
        <Icon name="back" />
        {t('agenda.detail.back')}
      </ActionButton>
      <h2 id="agenda-conflict-title" tabIndex={-1}>
        {t('agenda.conflict.title')}
      </h2>
      <p>{t('agenda.conflict.intro')}</p>
      <FormAlert message={alert || (load.state === 'failed' ? agendaError(t, load.error) : '')} />
      {load.state === 'loading' && <Skeleton lines={4} />}
      {load.state === 'ready' && (
        <div className="agenda-conflict__versions">
          <VersionCard
            heading={t('agenda.conflict.mine')}
            version={load.data.mine}
            action={t('agenda.conflict.keepMine')}
            busy={busy === 'mine'}
            onKeep={() => keep('mine')}
          />
          <VersionCard
            heading={t('agenda.conflict.theirs')}
            version={load.data.theirs}
            action={t('agenda.conflict.keepTheirs')}
            busy={busy === 'theirs'}
            onKeep={() => keep('theirs')}
          />
        </div>
      )}
    </section>
  );
}

interface VersionCardProps {
  heading: string;
  version: Version;
  action: string;
  busy: boolean;
  onKeep: () => void;
}

function VersionCard({ heading, version, action, busy, onKeep }: VersionCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const when = (iso: string) => (isInstant(iso) ? formatTime(iso, lang) : iso.slice(11, 16));
  const day = formatDate(isInstant(version.start) ? version.start : noonOf(version.start.slice(0, 10)), lang);

  return (
    <article className="card agenda-conflict__version">
      <h3>{heading}</h3>
      <dl className="details-list">
        <dt>{t('agenda.conflict.titleLabel')}</dt>
        <dd>{version.title}</dd>
        <dt>{t('agenda.conflict.whenLabel')}</dt>
        <dd>
          {day}, {t('time.timeRange', { start: when(version.start), end: when(version.end) })}
        </dd>
        <dt>{t('agenda.conflict.descriptionLabel')}</dt>
        <dd>{version.description || '–'}</dd>
        <dt>{t('agenda.conflict.privateLabel')}</dt>
        <dd>{t(version.private ? 'agenda.conflict.yes' : 'agenda.conflict.no')}</dd>
      </dl>
      <ActionButton busy={busy} onPress={onKeep}>
        {action}
      </ActionButton>
    </article>
  );
}

// The user's version may hold wall-clock times ("2026-12-03T10:30"); the
// server's are instants with an offset.
function isInstant(s: string): boolean {
  return /[+-]\d\d:\d\d$|Z$/.test(s);
}
