import type { KringError } from '../services/errors';
import type { Section } from '../services/types';

/**
 * Route is the screen on show and what it needs. Kring has no URLs to
 * share: a desktop window moves between screens by state alone.
 */
export type Route =
  | { name: 'loading' }
  | { name: 'signIn'; error?: KringError }
  | { name: 'newPassword' }
  | { name: 'smsCode'; phoneHint: string }
  | { name: 'forgotPassword' }
  | { name: 'chooser' }
  | { name: 'start'; clientId: string }
  | { name: 'section'; clientId: string; section: Section }
  | { name: 'users'; clientId: string }
  | { name: 'profile'; clientId?: string };

/** RouteName is the name of a screen. */
export type RouteName = Route['name'];

/** signedOutRoutes are the screens shown before sign-in finishes. */
export const signedOutRoutes: readonly RouteName[] = [
  'loading',
  'signIn',
  'newPassword',
  'smsCode',
  'forgotPassword',
];

/** clientOf gives the portal a screen belongs to, if any. */
export function clientOf(route: Route): string | undefined {
  switch (route.name) {
    case 'start':
    case 'section':
    case 'users':
    case 'profile':
      return route.clientId;
    default:
      return undefined;
  }
}
