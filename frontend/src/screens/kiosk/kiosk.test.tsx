import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AppProvider } from '../../app/AppContext';
import { setupI18n } from '../../i18n';
import { kioskConfig, kioskFromQuery, startIdleTimer } from './idle';
import { KioskShell } from './KioskShell';

// jsdom has no CSS.escape; react-aria's Modal reads a meta tag with it.
const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
if (!css?.escape) {
  (globalThis as unknown as { CSS: object }).CSS = { ...(css ?? {}), escape: (s: string) => s.replace(/["\\]/g, '\\$&') };
}

describe('startIdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns after the idle time, counts down and times out', () => {
    const onWarn = vi.fn();
    const onTimeout = vi.fn();
    startIdleTimer({ idleSeconds: 60, warnSeconds: 30, onWarn, onTimeout, onActive: vi.fn() });
    vi.advanceTimersByTime(59_000);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onWarn).toHaveBeenLastCalledWith(30);
    vi.advanceTimersByTime(20_000);
    expect(onWarn).toHaveBeenLastCalledWith(10);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('starts over on use, and ends the warning', () => {
    const onActive = vi.fn();
    const onTimeout = vi.fn();
    const idle = startIdleTimer({ idleSeconds: 60, warnSeconds: 30, onWarn: vi.fn(), onTimeout, onActive });
    vi.advanceTimersByTime(50_000);
    idle.activity();
    vi.advanceTimersByTime(50_000);
    expect(onActive).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000); // in the warning now
    idle.activity();
    expect(onActive).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(80_000);
    expect(onTimeout).not.toHaveBeenCalled();
    idle.stop();
    vi.advanceTimersByTime(1_000_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});

describe('kiosk switches', () => {
  it('honours ?kiosk only in development builds', () => {
    expect(kioskFromQuery('?kiosk=1', true)).toEqual({ kiosk: true, enrolled: true });
    expect(kioskFromQuery('?kiosk=enrol', true)).toEqual({ kiosk: true, enrolled: false });
    expect(kioskFromQuery('?kiosk=1', false)).toBeUndefined();
    expect(kioskConfig('?kioskIdle=5', false, undefined)).toEqual({ idleSeconds: 120, warnSeconds: 30 });
    expect(kioskConfig('?kioskIdle=5&kioskWarn=3', true, '300')).toEqual({ idleSeconds: 5, warnSeconds: 3 });
    expect(kioskConfig('', false, '300').idleSeconds).toBe(300);
  });
});

describe('KioskShell', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.classList.remove('kiosk');
  });

  it('shows the countdown, and signs out when nobody answers', async () => {
    vi.useFakeTimers();
    const SignOut = vi.fn(() => Promise.resolve());
    window.go = { app: { SessionService: { SignOut } } };
    render(
      <I18nextProvider i18n={setupI18n('nl')}>
        <AppProvider
          initial={{
            route: { name: 'chooser' },
            user: { id: 'u', userName: 'anna', displayName: 'Anna', email: '', phoneHint: '' },
            clients: [],
            kiosk: true,
            notice: '',
          }}
        >
          <KioskShell kiosk enrolled config={{ idleSeconds: 60, warnSeconds: 30 }}>
            <p>app</p>
          </KioskShell>
        </AppProvider>
      </I18nextProvider>,
    );
    expect(document.documentElement.classList.contains('kiosk')).toBe(true);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByTestId('kiosk-warning').textContent).toContain('U wordt over 30 seconden uitgelogd.');
    expect(screen.getByRole('button', { name: 'Ik ben er nog' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(SignOut).toHaveBeenCalledTimes(1);
  });

  it('asks for the enrolment code on first start', () => {
    render(
      <I18nextProvider i18n={setupI18n('nl')}>
        <AppProvider initial={{ route: { name: 'signIn' }, clients: [], kiosk: true, notice: '' }}>
          <KioskShell kiosk enrolled={false} config={{ idleSeconds: 60, warnSeconds: 30 }}>
            <p>app</p>
          </KioskShell>
        </AppProvider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Deze tablet instellen' })).toBeTruthy();
    expect(screen.queryByText('app')).toBeNull();
  });
});
