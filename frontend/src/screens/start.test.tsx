import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import nl from '../i18n/nl.json';
import type { ClientCard, HomeView } from '../services/types';
import { fakeServices, reject, renderApp } from '../test/render';

const user = { id: 'u1', userName: 'anna', displayName: 'Anna de Vries', email: 'a@b.nl', phoneHint: '' };
const maria: ClientCard = {
  id: 'c1',
  name: 'Maria de Vries',
  photoUrl: '',
  rights: ['appointments', 'dossier', 'messages', 'details'],
  admin: false,
};
const johanna: ClientCard = {
  id: 'c2',
  name: 'Johanna van Putten-van der Giessen',
  photoUrl: '',
  rights: ['messages'],
  admin: false,
};

function homeOf(client: ClientCard, extra: Partial<HomeView> = {}): HomeView {
  return {
    client,
    nextAppointments: [
      {
        id: 'a1',
        title: 'Kapper',
        description: '',
        start: '2026-12-08T09:30:00+01:00',
        end: '2026-12-08T10:00:00+01:00',
        private: true,
        source: 'portal',
        repeating: false,
      },
    ],
    unreadMessages: 2,
    lastSync: '2026-12-03T08:15:00+01:00',
    offline: false,
    ...extra,
  };
}

function portalWith(clients: ClientCard[], extra: Partial<HomeView> = {}) {
  return fakeServices(
    { SignOut: () => Promise.resolve(undefined) },
    {
      Clients: () => Promise.resolve(clients),
      Home: (arg) => {
        const id = (arg as { clientId: string }).clientId;
        const c = clients.find((x) => x.id === id);
        return c ? Promise.resolve(homeOf(c, extra)) : reject('not_found');
      },
    },
  );
}

describe('ClientChooser', () => {
  it('lists every client as a large button and opens the one chosen', async () => {
    portalWith([maria, johanna]);
    renderApp({ route: { name: 'chooser' }, user });

    const h1 = await screen.findByRole('heading', { level: 1, name: nl.chooser.title });
    expect(h1).toBeTruthy();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Maria de Vries' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Portaal van Maria de Vries' }),
    ).toBeTruthy();
  });

  it('opens the only client straight away', async () => {
    portalWith([maria]);
    renderApp({ route: { name: 'chooser' }, user });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Portaal van Maria de Vries' }),
    ).toBeTruthy();
  });

  it('sends the user to sign in when the session is gone', async () => {
    fakeServices({}, { Clients: () => reject('not_signed_in') });
    renderApp({ route: { name: 'chooser' }, user });
    expect(await screen.findByRole('heading', { level: 1, name: nl.signIn.title })).toBeTruthy();
  });
});

describe('Start', () => {
  async function openStart(clients: ClientCard[], id: string, extra: Partial<HomeView> = {}) {
    portalWith(clients, extra);
    renderApp({ route: { name: 'start', clientId: id }, user, clients });
    // The h1 is there while loading; the tiles come with the data.
    await screen.findByRole('navigation', { name: nl.start.sections });
  }

  it('shows a tile with icon and name per section the user has a right to', async () => {
    await openStart([maria, johanna], 'c1');
    const tiles = within(screen.getByRole('navigation', { name: nl.start.sections }));
    for (const name of ['Mijn Afspraken', 'Mijn Dossier', 'Mijn Berichten', 'Mijn Gegevens']) {
      expect(tiles.getByRole('button', { name: new RegExp(`^${name}`) })).toBeTruthy();
    }
    expect(tiles.getByRole('button', { name: /^Mijn Berichten 2 nieuwe berichten$/ })).toBeTruthy();
  });

  it('shows no tile for a section without a right', async () => {
    await openStart([maria, johanna], 'c2');
    const tiles = within(screen.getByRole('navigation', { name: nl.start.sections }));
    expect(tiles.getAllByRole('button', { name: /^Mijn / })).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: nl.start.appointmentsTitle })).toBeNull();
  });

  it('lists the next appointments with date, time, title and a private mark', async () => {
    await openStart([maria], 'c1');
    const list = within(screen.getByRole('region', { name: nl.start.appointmentsTitle }));
    expect(list.getByText('dinsdag 8 december 2026')).toBeTruthy();
    expect(list.getByText('09:30 tot 10:00')).toBeTruthy();
    expect(list.getByText('Kapper')).toBeTruthy();
    expect(list.getByText(nl.start.private)).toBeTruthy();
  });

  it('shows the unread messages count and the latest ones', async () => {
    await openStart([maria], 'c1', {
      latestUnread: [
        {
          id: 'm1',
          conversationId: 'g1',
          authorName: 'Peter de Vries',
          text: 'Ik kom zondag langs met de kinderen.',
          createdAt: '2026-06-02T19:05:00+02:00',
          mine: false,
          unread: true,
        },
      ],
    });
    const panel = within(screen.getByRole('region', { name: nl.start.messagesTitle }));
    expect(panel.getByText('U heeft 2 nieuwe berichten.')).toBeTruthy();
    expect(panel.getByText('Peter de Vries')).toBeTruthy();
    expect(panel.getByText('dinsdag 2 juni 2026, 19:05')).toBeTruthy();
    expect(panel.getByText('Ik kom zondag langs met de kinderen.')).toBeTruthy();
  });

  it('leads back to the chooser from the client in the middle when there are several', async () => {
    await openStart([maria, johanna], 'c1');
    await userEvent.setup().click(screen.getByRole('button', { name: /^MV|Maria de Vries/ }));
    expect(await screen.findByRole('heading', { level: 1, name: nl.chooser.title })).toBeTruthy();
  });

  it('has no way back to a chooser with one client', async () => {
    await openStart([maria], 'c1');
    expect(screen.queryByRole('button', { name: new RegExp(nl.start.otherClients) })).toBeNull();
  });

  it('tells calmly when the data is from the last sync', async () => {
    await openStart([maria], 'c1', { offline: true });
    expect(
      screen.getByText('U bent offline. U ziet de gegevens van donderdag 3 december 2026, 08:15.'),
    ).toBeTruthy();
  });

  it('opens a section from its tile and comes back with Start', async () => {
    await openStart([maria], 'c1');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: /^Mijn Dossier/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn Dossier' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: nl.topBar.start }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Portaal van/ })).toBeTruthy();
  });

  it('signs out from the top bar', async () => {
    await openStart([maria], 'c1');
    const u = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Uw profiel: Anna de Vries' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: nl.topBar.signOut }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: nl.signIn.title })).toBeTruthy(),
    );
  });
});
