// Events wraps the signals the Go side sends through the Wails runtime.
// Only this module knows the runtime; outside Wails (tests, plain vite)
// there are no events and subscribing does nothing.
import { EventsOn } from '../wailsjs/runtime/runtime';

/** portalChanged is emitted with a client id after a sync brought news. */
export const portalChanged = 'portal:changed';

type Unsubscribe = () => void;

declare global {
  interface Window {
    runtime?: unknown;
  }
}

/** onPortalChanged calls back with the client id whose data changed. */
export function onPortalChanged(callback: (clientId: string) => void): Unsubscribe {
  if (!window.runtime) {
    return () => {};
  }

  return EventsOn(portalChanged, (clientId: unknown) => {
    callback(typeof clientId === 'string' ? clientId : '');
  });
}
