import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { Icon, type IconName } from '../components/Icon';
import type { HomeView, Section } from '../services/types';

/** TileSection is a section with a tile on the start screen. */
export type TileSection = Exclude<Section, 'settings'>;

/** tileSections in the order of the 2×2 grid (UI.md). */
export const tileSections: readonly TileSection[] = [
  'appointments',
  'dossier',
  'messages',
  'details',
];

const icons: Record<TileSection, IconName> = {
  appointments: 'calendar',
  dossier: 'dossier',
  messages: 'messages',
  details: 'details',
};

interface SectionTileProps {
  section: TileSection;
  clientId: string;
  view: HomeView;
}

/** SectionTile is one large coloured tile: icon, name, what is new. */
export function SectionTile({ section, clientId, view }: SectionTileProps) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const line = tileLine(t, section, view);

  return (
    <li>
      <ActionButton
        variant="quiet"
        className={`tile tile--${section}`}
        onPress={() => navigate({ name: 'section', clientId, section })}
      >
        <Icon name={icons[section]} size="2.5rem" />
        <span className="tile__name">{t(`section.${section}`)}</span>{' '}
        {line && <span className="tile__line">{line}</span>}
      </ActionButton>
    </li>
  );
}

function tileLine(
  t: TFunction,
  section: TileSection,
  view: HomeView,
): string {
  switch (section) {
    case 'appointments':
      return t('start.tileAppointments', { count: view.nextAppointments.length });
    case 'messages':
      return t('start.tileMessages', { count: view.unreadMessages });
    case 'dossier':
      return t('start.tileDossier');
    case 'details':
      return t('start.tileDetails');
  }
}
