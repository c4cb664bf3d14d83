import { useCallback, useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { Banner } from '../../components/Messages';
import { Page } from '../../components/Page';
import { formatDate, formatTime } from '../../format/datetime';
import * as dossier from '../../services/dossier';
import { onPortalChanged } from '../../services/events';
import { DocumentsTab } from './DocumentsTab';
import { PlanTab } from './PlanTab';
import { ReportsTab } from './ReportsTab';
import './dossier.css';

interface DossierScreenProps {
  clientId: string;
}

/**
 * DossierScreen is Mijn Dossier (DOSSIER-*): reports, the care plan and
 * documents, read from the local copy, so also offline.
 */
export function DossierScreen({ clientId }: DossierScreenProps) {
  const { t } = useTranslation();
  const { sessionLost } = useApp();
  const [tab, setTab] = useState<Key>('reports');
  const [round, setRound] = useState(0);
  const read = useCallback(() => dossier.reports(clientId), [clientId]);
  const [first, reload, refresh] = useLoad(read);

  useEffect(() => {
    if (first.state === 'failed' && endsSession(first.error)) {
      sessionLost(first.error);
    }
  }, [first, sessionLost]);

  useEffect(
    () =>
      onPortalChanged((id) => {
        if (id === clientId) {
          refresh();
          setRound((r) => r + 1);
        }
      }),
    [clientId, refresh],
  );

  return (
    <Page title={t('dossier.title')}>
      {first.state === 'ready' && <OfflineBanner {...first.data} />}
      <Tabs className="tabs" selectedKey={tab} onSelectionChange={setTab}>
        <TabList className="tabs__list" aria-label={t('dossier.tabs')}>
          <Tab id="reports" className="tabs__tab">
            {t('dossier.reports')}
          </Tab>
          <Tab id="plans" className="tabs__tab">
            {t('dossier.plans')}
          </Tab>
          <Tab id="read" className="tabs__tab">
            {t('dossier.read')}
          </Tab>
        </TabList>
        <TabPanel id="reports" className="tabs__panel">
          <ReportsTab clientId={clientId} first={first} onRetry={reload} />
        </TabPanel>
        <TabPanel id="plans" className="tabs__panel">
          <PlanTab clientId={clientId} round={round} />
        </TabPanel>
        <TabPanel id="read" className="tabs__panel">
          <DocumentsTab clientId={clientId} round={round} />
        </TabPanel>
      </Tabs>
    </Page>
  );
}

/** OfflineBanner says the app is offline and how old the data is. */
export function OfflineBanner({ offline, lastSync }: { offline: boolean; lastSync: string }) {
  const { t, i18n } = useTranslation();
  if (!offline) {
    return null;
  }

  const lang = i18n.language;
  const message = lastSync
    ? t('start.offline', { time: `${formatDate(lastSync, lang)}, ${formatTime(lastSync, lang)}` })
    : t('start.offlineUnknown');
  return <Banner message={message} />;
}
