// A stand-in for the Go services under plain `vite dev`, so the screens can
// be built and looked at without the desktop app. It is loaded only when
// import.meta.env.DEV is set and Wails did not provide window.go, and never
// ends up in a production build. URL parameters shape it: ?kiosk=1,
// ?lang=en, ?signedIn=1, ?offline=1, ?clients=1, ?fresh=1 (issued password).

const params = new URLSearchParams(window.location.search);
const demoUser = 'anna.devries';
const demoPassword = 'Kring-demo-2026';
const demoCode = '123456';

const user = {
  id: 'u1',
  userName: demoUser,
  displayName: 'Anna de Vries',
  email: 'anna@example.nl',
  phoneHint: '06-••••••78',
};

const allRights = ['appointments', 'dossier', 'messages', 'details', 'settings'];
const clients = [
  { id: 'c1', name: 'Maria de Vries', photoUrl: '', rights: allRights, admin: true },
  {
    id: 'c2',
    name: 'Johanna van Putten-van der Giessen',
    photoUrl: '',
    rights: ['appointments', 'messages'],
    admin: false,
  },
].slice(0, params.get('clients') === '1' ? 1 : 2);

let signedIn = params.get('signedIn') === '1';
let pending: 'new_password' | 'sms_code' | '' = '';
let lastResend = 0;

function fail(code: string, retryAfter?: number): Promise<never> {
  return Promise.reject(JSON.stringify({ code, retryAfter }));
}

function later<T>(value: T, ms = 400): Promise<T> {
  return new Promise((resolve) => window.setTimeout(() => resolve(value), ms));
}

function at(days: number, hour: number, minute = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, minute, 0, 0);
  return d.toISOString();
}

const empty = { next: '', phoneHint: '', user: { ...user, displayName: '' } };

const SessionService = {
  Status: () =>
    Promise.resolve({
      signedIn,
      user: signedIn ? user : { ...user, displayName: '' },
      serverUrl: 'http://127.0.0.1:8080',
      kiosk: params.get('kiosk') === '1',
      kioskEnrolled: false,
      keyringOk: true,
      notice: params.get('notice') ?? '',
      language: params.get('lang') ?? 'nl',
    }),
  SignIn: (arg: unknown) => {
    const { userName, password } = arg as { userName: string; password: string };
    if (userName === 'ingetrokken') return later(null).then(() => fail('access_withdrawn'));
    if (userName !== demoUser || password !== demoPassword) {
      return later(null).then(() => fail('invalid_credentials'));
    }
    pending = params.get('fresh') === '1' ? 'new_password' : 'sms_code';
    return later({ ...empty, next: pending, phoneHint: user.phoneHint });
  },
  ChooseNewPassword: (arg: unknown) => {
    const { newPassword } = arg as { newPassword: string };
    if (!pending) return fail('no_sign_in_pending');
    if (newPassword.length < 8) return fail('password_too_short');
    if (/^welkom/i.test(newPassword)) return fail('password_too_common');
    pending = 'sms_code';
    return later({ ...empty, next: 'sms_code', phoneHint: user.phoneHint });
  },
  VerifyCode: (arg: unknown) => {
    const { code } = arg as { code: string };
    if (pending !== 'sms_code') return fail('no_sign_in_pending');
    if (code === '000000') return later(null).then(() => fail('code_expired'));
    if (code !== demoCode) return later(null).then(() => fail('code_invalid'));
    pending = '';
    signedIn = true;
    return later({ ...empty, next: 'done', user });
  },
  ResendCode: () => {
    if (pending !== 'sms_code') return fail('no_sign_in_pending');
    const wait = 30 - Math.round((Date.now() - lastResend) / 1000);
    if (wait > 0) return fail('resend_throttled', wait);
    lastResend = Date.now();
    return later({ ...empty, next: 'sms_code', phoneHint: user.phoneHint });
  },
  ForgotPassword: () => later(undefined),
  SignOut: () => {
    signedIn = false;
    return later(undefined, 100);
  },
};

const PortalService = {
  Clients: () => (signedIn ? later(clients) : fail('not_signed_in')),
  Home: (arg: unknown) => {
    const { clientId } = arg as { clientId: string };
    const client = clients.find((c) => c.id === clientId);
    if (!client) return fail('not_found');
    return later({
      client,
      nextAppointments: [
        { id: 'a1', title: 'Bezoek huisarts', description: '', start: at(0, 14, 30), end: at(0, 15), private: false, source: 'ecd', repeating: false },
        { id: 'a2', title: 'Wandelen met Anna', description: '', start: at(1, 10, 30), end: at(1, 11, 30), private: false, source: 'portal', repeating: true },
        { id: 'a3', title: 'Kapper', description: '', start: at(4, 9), end: at(4, 10), private: true, source: 'portal', repeating: false },
      ],
      unreadMessages: 2,
      latestUnread: [
        { id: 'm1', conversationId: 'g1', authorId: 'u2', authorName: 'Peter de Vries', text: 'Ik kom zondag langs met de kinderen. Zullen we samen koffie drinken in het restaurant?', createdAt: at(-1, 19, 5), mine: false, pending: false, unread: true },
        { id: 'm2', conversationId: 'g2', authorId: 'u3', authorName: 'Els Jansen', text: 'De nieuwe bril is klaar bij de opticien.', createdAt: at(-2, 11, 40), mine: false, pending: false, unread: true },
      ],
      lastSync: at(0, 8, 15),
      offline: params.get('offline') === '1',
    });
  },
};

window.go = {
  app: {
    SessionService: SessionService as Record<string, (...a: unknown[]) => Promise<unknown>>,
    PortalService: PortalService as Record<string, (...a: unknown[]) => Promise<unknown>>,
  },
};
export {};
