import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { useApp } from '../../app/AppContext';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { Page } from '../../components/Page';
import { Board } from './Board';
import { CareTeam } from './CareTeam';
import { ContactDetails } from './ContactDetails';
import { useNoStrayDrops } from './PhotoPicker';
import './details.css';

interface DetailsScreenProps {
  clientId: string;
}

/**
 * DetailsScreen is Mijn Gegevens: the client's contact details, the care
 * team and the Prikbord, each a tab (DETAILS-*).
 */
export function DetailsScreen({ clientId }: DetailsScreenProps) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const [tab, setTab] = useState<Key>('details');
  // On every tab, not only beside the drop zone of the Prikbord.
  useNoStrayDrops();

  return (
    <Page title={t('section.details')}>
      <div className="details__bar">
        <ActionButton variant="secondary" onPress={() => navigate({ name: 'start', clientId })}>
          <Icon name="back" />
          {t('section.back')}
        </ActionButton>
      </div>
      <Tabs selectedKey={tab} onSelectionChange={setTab} className="details-tabs">
        <TabList aria-label={t('details.tabs')} className="details-tabs__list">
          <Tab id="details" className="details-tabs__tab">
            {t('details.tabDetails')}
          </Tab>
          <Tab id="team" className="details-tabs__tab">
            {t('details.tabTeam')}
          </Tab>
          <Tab id="board" className="details-tabs__tab">
            {t('details.tabBoard')}
          </Tab>
        </TabList>
        <TabPanel id="details" className="details-tabs__panel">
          <ContactDetails clientId={clientId} />
        </TabPanel>
        <TabPanel id="team" className="details-tabs__panel">
          <CareTeam clientId={clientId} />
        </TabPanel>
        <TabPanel id="board" className="details-tabs__panel">
          <Board clientId={clientId} />
        </TabPanel>
      </Tabs>
    </Page>
  );
}
