import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './app/App';
import { AppProvider, type AppState } from './app/AppContext';
import { setupI18n, toLanguage } from './i18n';
import { KioskShell } from './screens/kiosk/KioskShell';
import { kioskConfig, kioskFromQuery } from './screens/kiosk/idle';
import * as session from './services/session';
import type { SessionStatus } from './services/types';
import './styles/global.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/screens.css';

async function boot() {
  // Under plain `vite dev` there is no Go side; a small fake stands in.
  if (import.meta.env.DEV && !window.go) {
    await import('./dev/fakeGo');
  }

  const status = await session.status().catch(() => undefined);
  const i18n = setupI18n(toLanguage(status?.language));
  // Kiosk mode comes from the Go side (--kiosk); development builds may
  // also switch it on with ?kiosk=1 (or ?kiosk=enrol), for tests only.
  const forced = kioskFromQuery(window.location.search, import.meta.env.DEV);
  const kiosk = forced?.kiosk ?? status?.kiosk === true;
  const enrolled = forced?.enrolled ?? status?.kioskEnrolled === true;
  const kioskSetup = kioskConfig(
    window.location.search,
    import.meta.env.DEV,
    (import.meta.env.VITE_KIOSK_IDLE_SECONDS as string | undefined) ??
      (status?.kioskIdleSeconds ? String(status.kioskIdleSeconds) : undefined),
  );
  document.documentElement.classList.toggle('kiosk', kiosk);

  const root = document.getElementById('root');
  if (!root) {
    throw new Error('no #root element in index.html');
  }

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider initial={{ ...initialState(status), kiosk }}>
          <KioskShell kiosk={kiosk} enrolled={enrolled} config={kioskSetup}>
            <App />
          </KioskShell>
        </AppProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

function initialState(status?: SessionStatus): AppState {
  return {
    route: status?.signedIn ? { name: 'chooser' } : { name: 'signIn' },
    user: status?.signedIn ? status.user : undefined,
    clients: [],
    kiosk: status?.kiosk === true,
    notice: status?.notice ?? '',
  };
}

void boot();
