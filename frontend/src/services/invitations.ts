// Invitations (AUTH-7): portals a user was invited to and must accept
// before they open, or may report to the organisation's helpdesk.
import * as Bindings from '../wailsjs/go/app/SessionService';
import { call } from './errors';

export interface Invitation {
  id: string;
  clientId: string;
  clientName: string;
  invitedBy: string;
  createdAt: string;
}

/** list gives the pending invitations of the signed-in user. */
export function list(): Promise<Invitation[]> {
  return call(async () => {
    const out: Invitation[] = (await Bindings.Invitations()) ?? [];
    return out;
  });
}

/** accept accepts an invitation; the portal then opens and syncs. */
export function accept(id: string): Promise<void> {
  return call(() => Bindings.AcceptInvitation({ id }));
}

/** report tells the organisation's helpdesk the invitation is not known. */
export function report(id: string): Promise<void> {
  return call(() => Bindings.ReportInvitation({ id }));
}
