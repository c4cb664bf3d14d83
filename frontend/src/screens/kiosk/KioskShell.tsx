import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { useApp } from '../../app/AppContext';
import { signedOutRoutes } from '../../app/routes';
import { ActionButton } from '../../components/ActionButton';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { Page } from '../../components/Page';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errors';
import * as Kiosk from '../../services/kiosk';
import { shouldAnnounce, startIdleTimer, type KioskConfig } from './idle';
import '../../styles/dialog.css';
import '../../styles/kiosk.css';

interface KioskShellProps {
  kiosk: boolean;
  enrolled: boolean;
  config: KioskConfig;
  children: ReactNode;
}

/**
 * KioskShell adds kiosk mode around the app (DESKTOP-6): enrolment on first
 * start, large targets (the `kiosk` class on the root), no zoom or leaving
 * the app, and sign-out after a while without use.
 */
export function KioskShell({ kiosk, enrolled, config, children }: KioskShellProps) {
  const [isEnrolled, setEnrolled] = useState(enrolled);

  useEffect(() => {
    document.documentElement.classList.toggle('kiosk', kiosk);
    if (!kiosk) return undefined;
    return lockDown();
  }, [kiosk]);

  if (!kiosk) {
    return <>{children}</>;
  }

  if (!isEnrolled) {
    return <EnrolKiosk onEnrolled={() => setEnrolled(true)} />;
  }

  return (
    <>
      {children}
      <IdleSignOut config={config} />
    </>
  );
}

// lockDown keeps a kiosk user inside the app: no zoom gestures, no dropped
// files or links, no middle-click, no links that leave the app.
function lockDown(): () => void {
  // Pinch zoom is held off by touch-action in kiosk.css and by the
  // handlers below; the viewport meta keeps allowing zoom, as WCAG 1.4.4
  // asks, and the kiosk's text is large already.
  const stop = (e: Event) => e.preventDefault();
  const middle = (e: MouseEvent) => {
    if (e.button === 1) e.preventDefault();
  };
  const leave = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    if (!a) return;
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#')) e.preventDefault();
  };
  const zoomWheel = (e: WheelEvent) => {
    if (e.ctrlKey) e.preventDefault();
  };
  const zoomKeys = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
  };

  window.addEventListener('dragover', stop);
  window.addEventListener('drop', stop);
  window.addEventListener('auxclick', middle);
  window.addEventListener('mousedown', middle);
  document.addEventListener('click', leave, true);
  window.addEventListener('wheel', zoomWheel, { passive: false });
  window.addEventListener('keydown', zoomKeys);
  document.addEventListener('gesturestart', stop);

  return () => {
    window.removeEventListener('dragover', stop);
    window.removeEventListener('drop', stop);
    window.removeEventListener('auxclick', middle);
    window.removeEventListener('mousedown', middle);
    document.removeEventListener('click', leave, true);
    window.removeEventListener('wheel', zoomWheel);
    window.removeEventListener('keydown', zoomKeys);
    document.removeEventListener('gesturestart', stop);
  };
}

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

// IdleSignOut warns after a while without use, counts down visibly and
// aloud, and signs out; the Go side wipes the user's data on a kiosk.
function IdleSignOut({ config }: { config: KioskConfig }) {
  const { t } = useTranslation();
  const app = useApp();
  const signedIn = Boolean(app.user) && !signedOutRoutes.includes(app.route.name);
  const [left, setLeft] = useState(0);
  const [spoken, setSpoken] = useState('');
  const [signedOutNote, setSignedOutNote] = useState('');
  const timer = useRef<ReturnType<typeof startIdleTimer> | undefined>(undefined);
  const signOut = useRef(app.signOut);
  signOut.current = app.signOut;

  useEffect(() => {
    if (!signedIn) return undefined;
    setSignedOutNote('');
    const idle = startIdleTimer({
      ...config,
      onWarn: (s) => {
        setLeft(s);
        if (shouldAnnounce(s, config.warnSeconds)) setSpoken(t('kiosk.warn', { count: s }));
      },
      onActive: () => {
        setLeft(0);
        setSpoken('');
      },
      onTimeout: () => {
        setLeft(0);
        setSpoken('');
        setSignedOutNote(t('kiosk.signedOut'));
        void signOut.current();
      },
    });
    timer.current = idle;
    // Use during the warning does not count: only "Ik ben er nog" does,
    // so a stray touch behind the dialog cannot be missed.
    const onUse = () => {
      if (document.querySelector('[data-kiosk-warning]')) return;
      idle.activity();
    };
    for (const ev of activityEvents) window.addEventListener(ev, onUse, { passive: true, capture: true });
    return () => {
      idle.stop();
      timer.current = undefined;
      for (const ev of activityEvents) window.removeEventListener(ev, onUse, { capture: true });
    };
  }, [signedIn, config, t]);

  return (
    <>
      {!signedIn && signedOutNote && (
        <div className="kiosk-note">
          <StatusMessage message={signedOutNote} />
        </div>
      )}
      {left > 0 && (
        <Modal isOpen isDismissable={false} isKeyboardDismissDisabled className="modal kiosk-warning">
          <Dialog role="alertdialog" className="dialog" data-kiosk-warning data-testid="kiosk-warning">
            <Heading slot="title">{t('kiosk.warnTitle')}</Heading>
            <p className="kiosk-warning__count" aria-hidden="true">
              {t('kiosk.warn', { count: left })}
            </p>
            <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
              {spoken}
            </p>
            <p>{t('kiosk.warnWhy')}</p>
            <div className="dialog__actions">
              <ActionButton autoFocus onPress={() => timer.current?.activity()}>
                {t('kiosk.stay')}
              </ActionButton>
            </div>
          </Dialog>
        </Modal>
      )}
    </>
  );
}

// EnrolKiosk is the first start of a kiosk: the organisation's code.
function EnrolKiosk({ onEnrolled }: { onEnrolled: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const { form, report, bind } = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (report(code.trim() ? {} : { code: t('kiosk.enrolMissing') })) return;
    setBusy(true);
    setProblem('');
    try {
      await Kiosk.enrol(code.trim());
      onEnrolled();
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="shell">
      <header className="top-bar">
        <div className="top-bar__inner">
          <span className="top-bar__brand">{t('app.name')}</span>
        </div>
      </header>
      <Page title={t('kiosk.enrolTitle')} narrow>
        <p>{t('kiosk.enrolIntro')}</p>
        <form ref={form} noValidate onSubmit={(e) => void submit(e)} className="form">
          <TextInput
            label={t('kiosk.enrolCode')}
            description={t('kiosk.enrolCodeHint')}
            autoComplete="off"
            autoCapitalize="none"
            {...bind('code', code, setCode)}
          />
          <FormAlert message={problem} />
          <div className="form__actions">
            <ActionButton type="submit" busy={busy}>
              {t('kiosk.enrolSubmit')}
            </ActionButton>
          </div>
        </form>
      </Page>
    </div>
  );
}
