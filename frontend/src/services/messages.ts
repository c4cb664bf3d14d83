// Messages wraps the bound MessagesService (MESSAGES-*): conversations
// read from the cache, new ones and replies sent through the outbox.
import * as Bindings from '../wailsjs/go/app/MessagesService';
import type { OutboxResult } from './outbox';
import { call } from './errors';

/** Conversation is one entry of the list of conversations. */
export interface Conversation {
  id: string;
  title: string;
  /** participants are the other members, by name. */
  participants: string[];
  lastMessageAt: string;
  lastText: string;
  unread: number;
  /** pending is true while the new conversation waits in the outbox. */
  pending: boolean;
}

/** ChatMessage is one message of a conversation opened as a chat. */
export interface ChatMessage {
  id: string;
  conversationId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
  mine: boolean;
  pending: boolean;
  unread: boolean;
}

export interface ConversationView {
  conversation: Conversation;
  messages: ChatMessage[];
}

/** Recipient is someone a new message may be sent to. */
export interface Recipient {
  id: string;
  name: string;
}

/** WriteResult tells what became of a write: sent, pending or failed. */
export type WriteResult = OutboxResult;

/** NewConversation is what the Nieuw bericht form sends. */
export interface NewConversation {
  title: string;
  text: string;
  recipientIds: string[];
}

/** conversations lists a portal's conversations, newest first. */
export function conversations(clientId: string): Promise<Conversation[]> {
  return call(async () => {
    const list: Conversation[] = (await Bindings.Conversations({ clientId })) ?? [];
    return list.map((c) => ({ ...c, participants: c.participants ?? [] }));
  });
}

/** conversation opens one conversation, oldest message first. */
export function conversation(clientId: string, id: string): Promise<ConversationView> {
  return call(async () => {
    const view: ConversationView = await Bindings.Conversation({ clientId, id });
    return {
      conversation: { ...view.conversation, participants: view.conversation.participants ?? [] },
      messages: view.messages ?? [],
    };
  });
}

/** recipients lists who may be addressed in this portal (MESSAGES-1). */
export function recipients(clientId: string): Promise<Recipient[]> {
  return call(async () => {
    const list: Recipient[] = (await Bindings.Recipients({ clientId })) ?? [];
    return list;
  });
}

/** start sends a new conversation (MESSAGES-2). */
export function start(clientId: string, input: NewConversation): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.New({ clientId, ...input });
    return r;
  });
}

/** reply adds a message to a conversation (MESSAGES-3). */
export function reply(clientId: string, conversationId: string, text: string): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.Reply({ clientId, conversationId, text });
    return r;
  });
}

/** markRead marks a whole conversation read (MESSAGES-4). */
export function markRead(clientId: string, id: string): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.MarkRead({ clientId, id });
    return r;
  });
}
