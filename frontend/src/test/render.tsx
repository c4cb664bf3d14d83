import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';

import { App } from '../app/App';
import { AppProvider, type AppState } from '../app/AppContext';
import { setupI18n, type Language } from '../i18n';

type Method = (...args: unknown[]) => Promise<unknown>;

/** fakeServices puts stand-ins for the bound Go methods on window.go. */
export function fakeServices(
  session: Record<string, Method> = {},
  portal: Record<string, Method> = {},
) {
  const spies = {
    session: wrap(session),
    portal: wrap(portal),
  };
  window.go = { app: { SessionService: spies.session, PortalService: spies.portal } };
  return spies;
}

function wrap(methods: Record<string, Method>) {
  const out: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, fn] of Object.entries(methods)) {
    out[name] = vi.fn<Method>(fn);
  }
  return out;
}

/** reject makes a bound method fail the way Wails does: a JSON string. */
export function reject(code: string, retryAfter?: number): Promise<never> {
  return Promise.reject(JSON.stringify({ code, retryAfter }));
}

/** renderApp renders the whole shell on the given screen. */
export function renderApp(initial: Partial<AppState> = {}, lang: Language = 'nl') {
  const i18n = setupI18n(lang);
  const state: AppState = {
    route: { name: 'signIn' },
    clients: [],
    kiosk: false,
    notice: '',
    ...initial,
  };
  return render(
    <I18nextProvider i18n={i18n}>
      <AppProvider initial={state}>
        <App />
      </AppProvider>
    </I18nextProvider>,
  );
}
