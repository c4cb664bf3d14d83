// The small rules of Gebruikersbeheer, kept apart so they can be tested
// without a screen.
import type { Section } from '../../services/types';
import type { Contact } from '../../services/users';

/** contactName is how a contact is named in the table and sentences. */
export function contactName(c: Contact): string {
  return c.displayName || [c.givenName, c.familyName].filter(Boolean).join(' ');
}

/** withRight is the contact with one section set to Ja or Nee. */
export function withRight(c: Contact, section: Section, granted: boolean): Contact {
  const rights = c.rights.filter((r) => r !== section);
  return { ...c, rights: granted ? [...rights, section] : rights };
}

/** hasAnyRight tells whether the contact has at least one Ja. */
export function hasAnyRight(c: Contact): boolean {
  return c.rights.length > 0;
}

/**
 * credentialsKind says what Gegevens versturen will send: an invitation to
 * someone who already has an account (AUTH-9), sign-in details otherwise.
 */
export function credentialsKind(c: Contact): 'account' | 'invitation' {
  return c.hasAccount ? 'invitation' : 'account';
}

/** emailLooksRight is a loose check; the server has the last word. */
export function emailLooksRight(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
}
