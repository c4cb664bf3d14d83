import { useTranslation } from 'react-i18next';

import { Page } from '../components/Page';
import { Skeleton } from '../components/Skeleton';
import { TopBar } from '../components/TopBar';
import { ClientChooser } from '../screens/ClientChooser';
import { ForgotPassword } from '../screens/ForgotPassword';
import { NewPassword } from '../screens/NewPassword';
import { Profile } from '../screens/Profile';
import { AgendaScreen } from '../screens/agenda/AgendaScreen';
import { DetailsScreen } from '../screens/details/DetailsScreen';
import { DossierScreen } from '../screens/dossier/DossierScreen';
import { MessagesScreen } from '../screens/messages/MessagesScreen';
import { SectionHome } from '../screens/SectionHome';
import { UsersScreen } from '../screens/users/UsersScreen';
import { SignIn } from '../screens/SignIn';
import { SmsCode } from '../screens/SmsCode';
import { Start } from '../screens/Start';
import { useApp } from './AppContext';
import type { Section } from '../services/types';
import type { Route } from './routes';

/** App is the shell around every screen: skip link, top bar, the screen. */
export function App() {
  const { t } = useTranslation();
  const { route } = useApp();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <TopBar />
      <Screen route={route} key={screenKey(route)} />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'loading':
      return (
        <Page title={t('app.name')} hideHeading>
          <Skeleton />
        </Page>
      );
    case 'signIn':
      return <SignIn />;
    case 'newPassword':
      return <NewPassword />;
    case 'smsCode':
      return <SmsCode />;
    case 'forgotPassword':
      return <ForgotPassword />;
    case 'chooser':
      return <ClientChooser />;
    case 'start':
      return <Start clientId={route.clientId} />;
    case 'section':
      return <SectionScreen clientId={route.clientId} section={route.section} />;
    case 'users':
      return <UsersScreen clientId={route.clientId} />;
    case 'profile':
      return <Profile />;
  }
}

// SectionScreen opens the screens of one section of a portal.
function SectionScreen({ clientId, section }: { clientId: string; section: Section }) {
  switch (section) {
    case 'appointments':
      return <AgendaScreen clientId={clientId} />;
    case 'dossier':
      return <DossierScreen clientId={clientId} />;
    case 'messages':
      return <MessagesScreen clientId={clientId} />;
    case 'details':
      return <DetailsScreen clientId={clientId} />;
    default:
      return <SectionHome clientId={clientId} section={section} />;
  }
}

// A new key per screen gives each screen fresh state and focus handling.
function screenKey(route: Route): string {
  switch (route.name) {
    case 'start':
      return `start:${route.clientId}`;
    case 'section':
      return `section:${route.clientId}:${route.section}`;
    case 'users':
      return `users:${route.clientId}`;
    default:
      return route.name;
  }
}
