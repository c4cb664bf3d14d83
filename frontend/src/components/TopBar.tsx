import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { clientOf, signedOutRoutes } from '../app/routes';
import { toLanguage } from '../i18n';
import { ActionButton } from './ActionButton';
import { Avatar } from './Avatar';
import { Icon } from './Icon';

/**
 * TopBar is the grey bar on every screen: the client and Start on the
 * left, the user's name and Uitloggen on the right (AUTH-5, HOME-2/3).
 */
export function TopBar() {
  const { t } = useTranslation();
  const app = useApp();
  const clientId = clientOf(app.route);
  const client = app.clients.find((c) => c.id === clientId);
  const signedIn = Boolean(app.user) && !signedOutRoutes.includes(app.route.name);

  return (
    <header className="top-bar">
      <nav className="top-bar__inner" aria-label={t('topBar.label')}>
        <div className="top-bar__group">
          {client ? (
            <span className="top-bar__client">
              <Avatar name={client.name} photoUrl={client.photoUrl} />
              <span>{client.name}</span>
            </span>
          ) : (
            <span className="top-bar__brand">{t('app.name')}</span>
          )}
          {client && (
            <ActionButton
              variant="quiet"
              onPress={() => app.navigate({ name: 'start', clientId: client.id })}
              aria-current={app.route.name === 'start' ? 'page' : undefined}
            >
              <Icon name="home" />
              {t('topBar.start')}
            </ActionButton>
          )}
        </div>
        <div className="top-bar__group">
          {signedIn ? <UserActions /> : <LanguageSwitch />}
        </div>
      </nav>
    </header>
  );
}

function UserActions() {
  const { t } = useTranslation();
  const app = useApp();
  const name = app.user?.displayName || app.user?.userName || '';

  return (
    <>
      <ActionButton
        variant="quiet"
        aria-label={t('topBar.profile', { name })}
        onPress={() => app.navigate({ name: 'profile', clientId: clientOf(app.route) })}
      >
        <Icon name="details" />
        {name}
      </ActionButton>
      <ActionButton variant="secondary" onPress={() => void app.signOut()}>
        <Icon name="signOut" />
        {t('topBar.signOut')}
      </ActionButton>
    </>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = toLanguage(t('language.switchToLang'));

  return (
    <ActionButton variant="quiet" onPress={() => void i18n.changeLanguage(other)}>
      <span lang={other}>{t('language.switchTo')}</span>
    </ActionButton>
  );
}
