import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { Contact } from '../../services/users';
import { fakeServices, reject, renderApp } from '../../test/render';
import { contactName, credentialsKind, withRight } from './logic';

// jsdom has no CSS.escape; react-aria's Modal reads a meta tag with it.
const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
if (!css?.escape) {
  (globalThis as unknown as { CSS: object }).CSS = { ...(css ?? {}), escape: (s: string) => s.replace(/["\\]/g, '\\$&') };
}

const base: Contact = {
  id: 'k1',
  givenName: 'Kees',
  familyName: 'de Vries',
  displayName: 'Kees de Vries',
  gender: 'male',
  role: 'Zoon',
  email: 'kees@example.nl',
  phoneHint: '06 ••• 78',
  locked: false,
  admin: false,
  hasAccount: false,
  invitation: 'none',
  pending: false,
  rights: [],
  self: false,
};
const locked: Contact = { ...base, id: 'k2', displayName: 'Els Bakker', role: 'Dochter', locked: true };

const client = { id: 'c1', name: 'Maria de Vries', photoUrl: '', rights: ['appointments'], admin: true };

function setup(users: Record<string, (...a: unknown[]) => Promise<unknown>>) {
  fakeServices({}, {});
  const spies: Record<string, ReturnType<typeof vi.fn>> = {};
  for (const [k, f] of Object.entries(users)) spies[k] = vi.fn(f);
  (window.go as Record<string, Record<string, unknown>>).app!.UsersService = spies;
  renderApp({ route: { name: 'users', clientId: 'c1' }, clients: [client] });
  return spies;
}

describe('logic', () => {
  it('sets and clears one right', () => {
    const on = withRight(base, 'dossier', true);
    expect(on.rights).toEqual(['dossier']);
    expect(withRight(on, 'dossier', false).rights).toEqual([]);
  });

  it('sends an invitation to someone with an account', () => {
    expect(credentialsKind(base)).toBe('account');
    expect(credentialsKind({ ...base, hasAccount: true })).toBe('invitation');
    expect(contactName({ ...base, displayName: '' })).toBe('Kees de Vries');
  });
});

describe('UsersScreen', () => {
  it('toggles a right and offers Gegevens versturen on the first Ja', async () => {
    const go = setup({
      Contacts: () => Promise.resolve([base, locked]),
      SetRight: () =>
        Promise.resolve({ contact: { ...base, rights: ['dossier'] }, offerCredentials: true }),
      SendCredentials: () => Promise.resolve({ kind: 'account', contact: { ...base, rights: ['dossier'] } }),
    });
    const cell = await screen.findByRole('button', { name: /Mijn Dossier voor Kees de Vries$/ });
    expect(cell.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByText('Vastgelegd door de zorgorganisatie').length).toBeGreaterThan(0);
    await userEvent.click(cell);
    expect(go.SetRight).toHaveBeenCalledWith({ clientId: 'c1', contactId: 'k1', section: 'dossier', granted: true });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/wachtwoord dat één keer werkt/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gegevens versturen' }));
    await waitFor(() => expect(go.SendCredentials).toHaveBeenCalled());
    expect(await screen.findByText('De inloggegevens zijn naar Kees de Vries gemaild.')).toBeTruthy();
  });

  it('puts a refused change back and says why', async () => {
    setup({
      Contacts: () => Promise.resolve([base]),
      SetRight: () => reject('forbidden'),
    });
    const cell = await screen.findByRole('button', { name: /Mijn Afspraken voor Kees de Vries$/ });
    await userEvent.click(cell);
    await waitFor(() => expect(cell.getAttribute('aria-pressed')).toBe('false'));
    await waitFor(() => expect(screen.getAllByTestId('form-alert').some((a) => a.textContent !== '')).toBe(true));
  });

  it('shows a lock instead of Verwijderen for an ECD contact', async () => {
    setup({ Contacts: () => Promise.resolve([base, locked]) });
    await userEvent.click(await screen.findByRole('button', { name: 'Beheren: Els Bakker' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    expect(within(dialog).getByTestId('lock-explain')).toBeTruthy();
  });

  it('removes a contact after confirmation', async () => {
    const go = setup({ Contacts: () => Promise.resolve([base, locked]), Remove: () => Promise.resolve() });
    await userEvent.click(await screen.findByRole('button', { name: 'Beheren: Kees de Vries' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(go.Remove).toHaveBeenCalledWith({ clientId: 'c1', contactId: 'k1' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Beheren: Kees de Vries' })).toBeNull());
  });

  it('asks "Bedoelt u" for a known person and adopts them', async () => {
    const go = setup({
      Contacts: () => Promise.resolve([]),
      Match: () => Promise.resolve([locked]),
      Adopt: () => Promise.resolve({ ...locked, email: 'els@example.nl' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Gebruiker toevoegen' }));
    await userEvent.type(screen.getByLabelText('Voornaam'), 'Els');
    await userEvent.type(screen.getByLabelText('Achternaam'), 'Bakker');
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'els@example.nl');
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('heading', { name: 'Bedoelt u: Els Bakker?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, Els Bakker' }));
    expect(screen.getByText('Dochter')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Mobiel nummer/), '0612345678');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() =>
      expect(go.Adopt).toHaveBeenCalledWith({ clientId: 'c1', contactId: 'k2', email: 'els@example.nl', phone: '0612345678' }),
    );
  });

  it('says what to do when stepping down as the last administrator', async () => {
    setup({ Contacts: () => Promise.resolve([base]), StepDown: () => reject('last_administrator') });
    await userEvent.click(await screen.findByRole('button', { name: 'Stoppen als portaalbeheerder' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, stoppen' }));
    await waitFor(() => expect(screen.getAllByTestId('form-alert').some((a) => a.textContent !== '')).toBe(true));
  });

  it('makes a contact with an account co-administrator', async () => {
    const kees = { ...base, hasAccount: true };
    const go = setup({
      Contacts: () => Promise.resolve([kees]),
      MakeAdmin: () => Promise.resolve({ ...kees, admin: true }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Beheren: Kees de Vries' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ook portaalbeheerder maken' }));
    await waitFor(() => expect(go.MakeAdmin).toHaveBeenCalledWith({ clientId: 'c1', contactId: 'k1' }));
    expect(await screen.findByText('Kees de Vries is nu ook portaalbeheerder.')).toBeTruthy();
    expect(screen.getAllByText('Portaalbeheerder').length).toBeGreaterThan(0);
  });

  it('tells someone who is not the administrator to ask them', async () => {
    fakeServices({}, {});
    renderApp({ route: { name: 'users', clientId: 'c1' }, clients: [{ ...client, admin: false }] });
    expect(await screen.findByText(/Alleen de portaalbeheerder kan gebruikers beheren/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gebruiker toevoegen' })).toBeNull();
  });
});
