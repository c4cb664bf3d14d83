// Users wraps the bound UsersService: the portal administrator's
// Gebruikersbeheer (USERS-*). These calls go to the server at once.
import * as Bindings from '../wailsjs/go/app/UsersService';
import { call } from './errors';
import type { Section } from './types';

export interface Contact {
  id: string;
  givenName: string;
  familyName: string;
  displayName: string;
  gender: string;
  role: string;
  email: string;
  phoneHint: string;
  /** locked contacts come from the organisation's records (ECD) and cannot be removed. */
  locked: boolean;
  admin: boolean;
  hasAccount: boolean;
  /** invitation is none, pending, accepted or reported. */
  invitation: string;
  pending: boolean;
  rights: string[];
  self: boolean;
}

export interface RightResult {
  contact: Contact;
  offerCredentials: boolean;
}

export interface CredentialsResult {
  /** kind is "account" (user name and one-time password) or "invitation". */
  kind: string;
  contact: Contact;
}

/** sections are the columns of the rights matrix, in the order of the SPEC. */
export const sections: readonly Section[] = [
  'appointments',
  'dossier',
  'messages',
  'details',
  'settings',
];

function norm(c: Contact): Contact {
  return { ...c, rights: c.rights ?? [] };
}

/** contacts lists every contact the organisation knows for the client (USERS-1). */
export function contacts(clientId: string): Promise<Contact[]> {
  return call(async () => {
    const list: Contact[] = (await Bindings.Contacts({ clientId })) ?? [];
    return list.map(norm);
  });
}

/** match asks whether a typed person is already known ("Bedoelt u", USERS-2). */
export function match(
  clientId: string,
  firstName: string,
  lastName: string,
  email: string,
): Promise<Contact[]> {
  return call(async () => {
    const list: Contact[] = (await Bindings.Match({ clientId, firstName, lastName, email })) ?? [];
    return list.map(norm);
  });
}

/** adopt completes a known contact with e-mail and mobile number (USERS-2). */
export function adopt(clientId: string, contactId: string, email: string, phone: string): Promise<Contact> {
  return call(async () => norm(await Bindings.Adopt({ clientId, contactId, email, phone })));
}

export interface NewContact {
  givenName: string;
  familyName: string;
  gender: string;
  email: string;
  phone: string;
}

/** add creates a contact with the role Contactpersoon Cliëntportaal (USERS-3). */
export function add(clientId: string, c: NewContact): Promise<Contact> {
  return call(async () => norm(await Bindings.Add({ clientId, ...c })));
}

/** setRight sets one cell of the rights matrix (USERS-4). */
export function setRight(
  clientId: string,
  contactId: string,
  section: Section,
  granted: boolean,
): Promise<RightResult> {
  return call(async () => {
    const r: RightResult = await Bindings.SetRight({ clientId, contactId, section, granted });
    return { ...r, contact: norm(r.contact) };
  });
}

/** sendCredentials mails sign-in details or an invitation (USERS-4, AUTH-9). */
export function sendCredentials(clientId: string, contactId: string): Promise<CredentialsResult> {
  return call(async () => {
    const r: CredentialsResult = await Bindings.SendCredentials({ clientId, contactId });
    return { ...r, contact: norm(r.contact) };
  });
}

/** remove removes a contact that is not locked (USERS-5). */
export function remove(clientId: string, contactId: string): Promise<void> {
  return call(() => Bindings.Remove({ clientId, contactId }));
}

/** makeAdmin makes a contact co-administrator (USERS-8). */
export function makeAdmin(clientId: string, contactId: string): Promise<Contact> {
  return call(async () => norm(await Bindings.MakeAdmin({ clientId, contactId })));
}

/** stepDown ends the user's own administration while another remains (USERS-8). */
export function stepDown(clientId: string): Promise<void> {
  return call(() => Bindings.StepDown({ clientId }));
}

export interface AuditEntry {
  at: string;
  userName: string;
  section?: string;
  action: string;
  subject?: string;
}

/** audit reads the portal's audit log, newest first. */
export function audit(clientId: string): Promise<AuditEntry[]> {
  return call(async () => (await Bindings.Audit({ clientId })).entries ?? []);
}
