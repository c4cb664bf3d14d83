import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { Skeleton } from '../../components/Skeleton';
import * as details from '../../services/details';
import type { ClientDetails } from '../../services/details';
import { onPortalChanged } from '../../services/events';
import { OfflineNote } from './OfflineNote';
import { formatBirthDate } from './photo';

/** ContactDetails lists the client's details from the dossier (DETAILS-1). */
export function ContactDetails({ clientId }: { clientId: string }) {
  const { sessionLost } = useApp();
  const read = useCallback(() => details.details(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  useEffect(() => onPortalChanged((id) => id === clientId && refresh()), [clientId, refresh]);

  if (load.state === 'loading') {
    return <Skeleton lines={5} />;
  }

  if (load.state === 'failed') {
    return <LoadFailed error={load.error} onRetry={reload} />;
  }

  return <DetailsList d={load.data} />;
}

function DetailsList({ d }: { d: ClientDetails }) {
  const { t, i18n } = useTranslation();
  const value = (v: string) => v || t('details.unknown');
  const title = d.name ? t('details.detailsTitle', { name: d.name }) : t('details.detailsTitlePlain');

  return (
    <section aria-labelledby="contact-title">
      <OfflineNote offline={d.offline} lastSync={d.lastSync} />
      <h2 id="contact-title">{title}</h2>
      <dl className="details-list contact">
        <dt>{t('details.name')}</dt>
        <dd>{value(d.name)}</dd>
        <dt>{t('details.birthDate')}</dt>
        <dd>{d.birthDate ? formatBirthDate(d.birthDate, i18n.language) : t('details.unknown')}</dd>
        <dt>{t('details.address')}</dt>
        <dd className="contact__address">{value(d.address)}</dd>
        <dt>{t('details.phone')}</dt>
        <dd>{value(d.phone)}</dd>
        <dt>{t('details.email')}</dt>
        <dd className="contact__email">{value(d.email)}</dd>
      </dl>
      <p className="details__source">{t('details.detailsSource')}</p>
    </section>
  );
}
