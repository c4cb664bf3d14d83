// Kiosk wraps the kiosk part of the bound SessionService (DESKTOP-6).
import * as Bindings from '../wailsjs/go/app/SessionService';
import { call } from './errors';
import type { SessionStatus } from './types';

/** enrol enrols this device as a kiosk with the organisation's code. */
export function enrol(code: string): Promise<SessionStatus> {
  return call(async () => {
    const s: SessionStatus = await Bindings.EnrolKiosk({ code });
    return s;
  });
}
