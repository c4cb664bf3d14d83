import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';
import type { Section } from '../services/types';

interface SectionHomeProps {
  clientId: string;
  section: Section;
}

/** SectionHome is where a section's own screens will open from a tile. */
export function SectionHome({ clientId, section }: SectionHomeProps) {
  const { t } = useTranslation();
  const { navigate } = useApp();

  return (
    <Page title={t(`section.${section}`)}>
      <ActionButton variant="secondary" onPress={() => navigate({ name: 'start', clientId })}>
        <Icon name="back" />
        {t('section.back')}
      </ActionButton>
    </Page>
  );
}
