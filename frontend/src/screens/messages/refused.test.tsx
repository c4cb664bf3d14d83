import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import messagesNl from '../../i18n/areas/messages.nl.json';
import nl from '../../i18n/nl.json';
import type { ClientCard } from '../../services/types';
import { renderApp } from '../../test/render';

const maria: ClientCard = { id: 'c1', name: 'Maria de Vries', photoUrl: '', rights: ['messages'], admin: false };

const refused = {
  id: 'o7',
  clientId: 'c1',
  kind: 'conversation',
  state: 'failed',
  errorCode: 'recipient_not_allowed',
  createdAt: '2026-12-03T10:00:00+01:00',
  summary: 'Bezoek zaterdag',
  blockedBy: '',
};

type Method = (...args: unknown[]) => Promise<unknown>;

function services(outbox: Record<string, Method>) {
  const spies: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, fn] of Object.entries(outbox)) spies[name] = vi.fn<Method>(fn);
  window.go = {
    app: {
      MessagesService: { Conversations: () => Promise.resolve([]) },
      OutboxService: spies,
      PortalService: {},
      SessionService: {},
    },
  };
  return spies;
}

describe('a refused message', () => {
  it('says why, and can be changed and sent again', async () => {
    const spies = services({
      Items: () => Promise.resolve([refused]),
      Edit: () => Promise.resolve({ itemId: 'o7', state: 'sent', errorCode: '', recordId: 'k9' }),
    });
    renderApp({ route: { name: 'section', clientId: 'c1', section: 'messages' }, clients: [maria] });

    expect(await screen.findByText(nl.errors.recipient_not_allowed)).toBeTruthy();
    expect(screen.getByText('“Bezoek zaterdag” is niet verstuurd.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: nl.outbox.edit }));
    const title = screen.getByLabelText(messagesNl.messages.title);
    await userEvent.clear(title);
    await userEvent.type(title, 'Bezoek zondag');
    await userEvent.click(screen.getByRole('button', { name: messagesNl.messages.save }));
    await waitFor(() => expect(spies.Edit).toHaveBeenCalledWith({ id: 'o7', title: 'Bezoek zondag', text: '' }));
  });

  it('can be thrown away after a question', async () => {
    const spies = services({
      Items: () => Promise.resolve([refused]),
      Discard: () => Promise.resolve(undefined),
    });
    renderApp({ route: { name: 'section', clientId: 'c1', section: 'messages' }, clients: [maria] });

    await userEvent.click(await screen.findByRole('button', { name: nl.outbox.discard }));
    await userEvent.click(screen.getByRole('button', { name: nl.outbox.discardYes }));
    await waitFor(() => expect(spies.Discard).toHaveBeenCalledWith({ id: 'o7' }));
  });
});
