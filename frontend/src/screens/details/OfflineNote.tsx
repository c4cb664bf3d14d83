import { useTranslation } from 'react-i18next';

import { Banner } from '../../components/Messages';
import { formatDate, formatTime } from '../../format/datetime';

interface OfflineNoteProps {
  offline: boolean;
  lastSync: string;
}

/** OfflineNote says calmly that the data shown are from the last sync. */
export function OfflineNote({ offline, lastSync }: OfflineNoteProps) {
  const { t, i18n } = useTranslation();
  if (!offline) {
    return null;
  }

  if (!lastSync) {
    return <Banner message={t('start.offlineUnknown')} />;
  }

  const time = `${formatDate(lastSync, i18n.language)}, ${formatTime(lastSync, i18n.language)}`;
  return <Banner message={t('start.offline', { time })} />;
}
