import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';

/** Profile shows who is signed in (HOME-3); PROFILE-* add changes here. */
export function Profile() {
  const { t } = useTranslation();
  const { user, route, navigate } = useApp();
  const clientId = route.name === 'profile' ? route.clientId : undefined;

  return (
    <Page title={t('profile.title')}>
      <dl className="details-list">
        <dt>{t('profile.displayName')}</dt>
        <dd>{user?.displayName}</dd>
        <dt>{t('profile.userName')}</dt>
        <dd>{user?.userName}</dd>
        <dt>{t('profile.email')}</dt>
        <dd>{user?.email}</dd>
      </dl>
      <ActionButton
        variant="secondary"
        onPress={() => navigate(clientId ? { name: 'start', clientId } : { name: 'chooser' })}
      >
        <Icon name="back" />
        {t('section.back')}
      </ActionButton>
    </Page>
  );
}
