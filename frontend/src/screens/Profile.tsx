import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import { useApp } from '../app/AppContext';
import { ActionButton } from '../components/ActionButton';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';
import { LanguageChoice } from './profile/LanguageChoice';
import { PasswordChange } from './profile/PasswordChange';
import { PhoneChange } from './profile/PhoneChange';
import { PhotoChange } from './profile/PhotoChange';
import './profile/profile.css';

/**
 * Profile shows who is signed in (HOME-3) and lets them change their
 * photo, password, mobile number and language (PROFILE-*, AUTH-8).
 */
export function Profile() {
  const { t, i18n } = useTranslation();
  const { user, route, navigate } = useApp();
  const clientId = route.name === 'profile' ? route.clientId : undefined;

  return (
    <Page title={t('profile.title')}>
      <div className="profile__bar">
        <ActionButton
          variant="secondary"
          onPress={() => navigate(clientId ? { name: 'start', clientId } : { name: 'chooser' })}
        >
          <Icon name="back" />
          {clientId ? t('section.back') : t('profile.back')}
        </ActionButton>
      </div>
      <div className="profile">
        <section className="profile__part" aria-labelledby="profile-about">
          <h2 id="profile-about">{t('profile.aboutTitle')}</h2>
          <dl className="details-list">
            <dt>{t('profile.displayName')}</dt>
            <dd>{user?.displayName}</dd>
            <dt>{t('profile.userName')}</dt>
            <dd>{user?.userName}</dd>
            <dt>{t('profile.email')}</dt>
            <dd>{user?.email}</dd>
          </dl>
        </section>
        {/* A new language starts these parts afresh, so no sentence
            stays behind in the old one. */}
        <Fragment key={i18n.language}>
          <PhotoChange />
          <PasswordChange />
          <PhoneChange phoneHint={user?.phoneHint ?? ''} />
        </Fragment>
        <LanguageChoice />
      </div>
    </Page>
  );
}
