import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './app/App';
import { AppProvider, type AppState } from './app/AppContext';
import { setupI18n, toLanguage } from './i18n';
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
  document.documentElement.classList.toggle('kiosk', status?.kiosk === true);

  const root = document.getElementById('root');
  if (!root) {
    throw new Error('no #root element in index.html');
  }

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider initial={initialState(status)}>
          <App />
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
