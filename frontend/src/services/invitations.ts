// Invitations (AUTH-7): portals a user was invited to and must accept.
// The server has GET /me (with invitations), POST /invitations/{id}/accept
// and /report, but no bound Go method offers them yet. These wrappers use
// the methods as soon as SessionService binds them (Invitations,
// AcceptInvitation, ReportInvitation) and show nothing until then.
import { call, KringError } from './errors';

export interface Invitation {
  id: string;
  clientId: string;
  clientName: string;
  invitedBy: string;
  createdAt: string;
}

type Loose = (...args: unknown[]) => Promise<unknown>;

function method(name: string): Loose | undefined {
  const fn = window.go?.app?.SessionService?.[name];
  return typeof fn === 'function' ? fn : undefined;
}

/** available tells whether the Go side offers invitations. */
export function available(): boolean {
  return method('Invitations') !== undefined;
}

/** list gives the pending invitations of the signed-in user. */
export function list(): Promise<Invitation[]> {
  return call(async () => {
    const fn = method('Invitations');
    if (!fn) return [];
    return ((await fn()) as Invitation[] | null) ?? [];
  });
}

/** accept accepts an invitation, which opens that portal. */
export function accept(id: string): Promise<void> {
  return call(async () => {
    const fn = method('AcceptInvitation');
    if (!fn) throw new KringError('not_found');
    await fn({ id });
  });
}

/** report tells the organisation's helpdesk the invitation is not known. */
export function report(id: string): Promise<void> {
  return call(async () => {
    const fn = method('ReportInvitation');
    if (!fn) throw new KringError('not_found');
    await fn({ id });
  });
}
