import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import messagesNl from '../../i18n/areas/messages.nl.json';
import type { ClientCard } from '../../services/types';
import { reject, renderApp } from '../../test/render';
import { checkNewMessage } from './NewMessageForm';

const nl = messagesNl.messages;
const maria: ClientCard = { id: 'c1', name: 'Maria de Vries', photoUrl: '', rights: ['messages'], admin: false };

const birthday = {
  id: 'k1',
  title: 'Verjaardag mama',
  participants: ['Kees de Vries'],
  lastMessageAt: '2026-12-03T14:48:00+01:00',
  lastText: 'Ik bestel de taart.',
  unread: 1,
  pending: false,
};

const chat = {
  conversation: birthday,
  messages: [
    { id: 'm1', conversationId: 'k1', authorId: 'u1', authorName: 'Anna de Vries', text: 'Zullen we taart halen?', createdAt: '2026-12-01T10:00:00+01:00', mine: true, pending: false, unread: false },
    { id: 'm2', conversationId: 'k1', authorId: 'u2', authorName: 'Kees de Vries', text: 'Ik bestel de taart.', createdAt: '2026-12-03T14:48:00+01:00', mine: false, pending: false, unread: true },
  ],
};

type Method = (...args: unknown[]) => Promise<unknown>;

function services(messages: Record<string, Method>) {
  const spies: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, fn] of Object.entries(messages)) spies[name] = vi.fn<Method>(fn);
  window.go = {
    app: {
      MessagesService: spies,
      OutboxService: { Items: () => Promise.resolve([]) },
      PortalService: { Clients: () => Promise.resolve([maria]) },
      SessionService: {},
    },
  };
  return spies;
}

const sent = { itemId: 'o1', state: 'sent', errorCode: '', recordId: 'r1' };

function open() {
  renderApp({ route: { name: 'section', clientId: 'c1', section: 'messages' }, clients: [maria] });
}

describe('Mijn Berichten', () => {
  it('explains an empty list and points to Nieuw bericht', async () => {
    services({ Conversations: () => Promise.resolve([]) });
    open();
    expect(await screen.findByText(nl.empty)).toBeTruthy();
    expect(screen.getByRole('button', { name: nl.newMessage })).toBeTruthy();
  });

  it('marks an unread conversation with words, not colour alone', async () => {
    services({ Conversations: () => Promise.resolve([birthday]) });
    open();
    const entry = await screen.findByRole('button', { name: /Verjaardag mama/ });
    expect(within(entry).getByText('1 ongelezen bericht')).toBeTruthy();
    expect(within(entry).getByText('Met Kees de Vries')).toBeTruthy();
    expect(within(entry).getByText('Ik bestel de taart.')).toBeTruthy();
  });

  it('opens a conversation as a chat, marks it read and sends a reply', async () => {
    const spies = services({
      Conversations: () => Promise.resolve([birthday]),
      Conversation: () => Promise.resolve(chat),
      MarkRead: () => Promise.resolve(sent),
      Reply: () => Promise.resolve(sent),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Verjaardag mama/ }));

    const lines = await screen.findByRole('list', { name: nl.chatLabel });
    const items = within(lines).getAllByRole('listitem');
    expect(items[0]?.className).toContain('chat__line--mine');
    expect(items[1]?.className).toContain('chat__line--theirs');
    expect(within(items[1] as HTMLElement).getByText('Kees de Vries')).toBeTruthy();
    await waitFor(() => expect(spies.MarkRead).toHaveBeenCalledWith({ clientId: 'c1', id: 'k1' }));

    await userEvent.click(screen.getByRole('button', { name: nl.post }));
    expect(await screen.findByText(nl.missingReply)).toBeTruthy();
    expect(spies.Reply).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(nl.reply), 'Fijn!');
    await userEvent.click(screen.getByRole('button', { name: nl.post }));
    await waitFor(() =>
      expect(spies.Reply).toHaveBeenCalledWith({ clientId: 'c1', conversationId: 'k1', text: 'Fijn!' }),
    );
  });

  it('sends Nieuw bericht to the chosen recipients', async () => {
    const spies = services({
      Conversations: () => Promise.resolve([]),
      Recipients: () => Promise.resolve([{ id: 'u2', name: 'Kees de Vries' }, { id: 'u3', name: 'Pieter Bakker' }]),
      New: () => Promise.resolve(sent),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: nl.newMessage }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Kees de Vries' }));
    await userEvent.type(screen.getByLabelText(nl.title), 'Bezoek');
    await userEvent.type(screen.getByLabelText(nl.text), 'Zaterdag om twee uur?');
    await userEvent.click(screen.getByRole('button', { name: nl.post }));

    await waitFor(() =>
      expect(spies.New).toHaveBeenCalledWith({
        clientId: 'c1',
        title: 'Bezoek',
        text: 'Zaterdag om twee uur?',
        recipientIds: ['u2'],
      }),
    );
    expect(await screen.findByText(nl.sent)).toBeTruthy();
  });

  it('says why a new conversation was refused', async () => {
    services({
      Conversations: () => Promise.resolve([]),
      Recipients: () => Promise.resolve([{ id: 'u2', name: 'Kees de Vries' }]),
      New: () => reject('recipient_not_allowed'),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: nl.newMessage }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Kees de Vries' }));
    await userEvent.type(screen.getByLabelText(nl.title), 'Bezoek');
    await userEvent.type(screen.getByLabelText(nl.text), 'Hallo');
    await userEvent.click(screen.getByRole('button', { name: nl.post }));
    expect(await screen.findByText(/mag geen berichten ontvangen/)).toBeTruthy();
  });
});

describe('checkNewMessage', () => {
  const t = (k: string) => k;

  it('names each missing field', () => {
    expect(checkNewMessage(t, { recipientIds: [], title: ' ', text: '' })).toEqual({
      to: 'messages.missingTo',
      title: 'messages.missingTitle',
      text: 'messages.missingText',
    });
  });

  it('passes a complete message', () => {
    expect(checkNewMessage(t, { recipientIds: ['u2'], title: 'Bezoek', text: 'Hoi' })).toEqual({});
  });
});
