import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

import { useTranslation } from 'react-i18next';

import { KringError } from '../services/errors';
import * as profile from '../services/profile';
import * as session from '../services/session';
import type { ClientCard, SignInStep, User } from '../services/types';
import type { Route } from './routes';

/** AppState is what every screen may know about the session. */
export interface AppState {
  route: Route;
  user?: User;
  clients: ClientCard[];
  kiosk: boolean;
  notice: string;
}

/** AppActions are the moves between screens that several screens share. */
export interface AppActions {
  navigate: (route: Route) => void;
  setClients: (clients: ClientCard[]) => void;
  afterStep: (step: SignInStep) => void;
  signOut: () => Promise<void>;
  sessionLost: (err: KringError) => void;
}

type AppValue = AppState & AppActions;

const AppContext = createContext<AppValue | null>(null);

/** codes after which the user must start signing in again. */
const sessionEndCodes = new Set([
  'unauthorized',
  'not_signed_in',
  'no_sign_in_pending',
  'challenge_expired',
  'code_attempts_exceeded',
]);

/** endsSession tells whether an error means signing in again. */
export function endsSession(err: unknown): err is KringError {
  return err instanceof KringError && sessionEndCodes.has(err.code);
}

interface ProviderProps {
  initial: AppState;
  children: ReactNode;
}

/** AppProvider holds the session state and the shared moves. */
export function AppProvider({ initial, children }: ProviderProps) {
  const [state, setState] = useState<AppState>(initial);
  const { i18n } = useTranslation();

  const navigate = useCallback((route: Route) => {
    setState((s) => ({ ...s, route }));
  }, []);

  const setClients = useCallback((clients: ClientCard[]) => {
    setState((s) => ({ ...s, clients }));
  }, []);

  const afterStep = useCallback(
    (step: SignInStep) => {
      setState((s) => ({
        ...s,
        route: routeAfter(step),
        user: step.next === 'done' ? step.user : s.user,
      }));
      // The language chosen on the sign-in screen is kept for next time;
      // failing to keep it changes nothing now.
      if (step.next === 'done') {
        profile.setLanguage(i18n.language).catch(() => {});
      }
    },
    [i18n],
  );

  const sessionLost = useCallback((err: KringError) => {
    setState((s) => ({ ...s, user: undefined, clients: [], route: { name: 'signIn', error: err } }));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await session.signOut();
    } finally {
      setState((s) => ({ ...s, user: undefined, clients: [], route: { name: 'signIn' } }));
    }
  }, []);

  const value = useMemo(
    () => ({ ...state, navigate, setClients, afterStep, signOut, sessionLost }),
    [state, navigate, setClients, afterStep, signOut, sessionLost],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

/** useApp gives a screen the session state and the shared moves. */
export function useApp(): AppValue {
  const value = useContext(AppContext);
  if (!value) {
    throw new Error('useApp outside AppProvider');
  }
  return value;
}

function routeAfter(step: SignInStep): Route {
  switch (step.next) {
    case 'new_password':
      return { name: 'newPassword' };
    case 'sms_code':
      return { name: 'smsCode', phoneHint: step.phoneHint };
    case 'done':
      return { name: 'chooser' };
  }
}
