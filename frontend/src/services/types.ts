// The shapes the Go services return, as the screens use them. They mirror
// app/types.go; the wrappers check at compile time that the generated
// Wails models still carry every field named here.

/** Section is a part of a portal a contact may have a right to. */
export type Section =
  | 'appointments'
  | 'dossier'
  | 'messages'
  | 'details'
  | 'settings';

/** SignInNext names the screen that follows a sign-in step. */
export type SignInNext = 'new_password' | 'sms_code' | 'done';

export interface User {
  id: string;
  userName: string;
  displayName: string;
  email: string;
  phoneHint: string;
}

export interface SessionStatus {
  signedIn: boolean;
  user: User;
  serverUrl: string;
  kiosk: boolean;
  kioskEnrolled: boolean;
  /** kioskIdleSeconds: time without use before a kiosk warns and signs out. */
  kioskIdleSeconds?: number;
  keyringOk: boolean;
  notice: string;
  language: string;
}

export interface SignInStep {
  next: SignInNext;
  phoneHint: string;
  user: User;
}

export interface ClientCard {
  id: string;
  name: string;
  photoUrl: string;
  rights: string[];
  admin: boolean;
}

export interface Appointment {
  id: string;
  title: string;
  description: string;
  start: string;
  end: string;
  private: boolean;
  source: string;
  repeating: boolean;
}

export interface Message {
  id: string;
  conversationId: string;
  authorName: string;
  text: string;
  createdAt: string;
  mine: boolean;
  unread: boolean;
}

export interface HomeView {
  client: ClientCard;
  nextAppointments: Appointment[];
  unreadMessages: number;
  /** latestUnread are the newest unread messages, newest first. */
  latestUnread?: Message[];
  lastSync: string;
  offline: boolean;
}
