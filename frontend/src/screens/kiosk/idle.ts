// The kiosk's idle timer: after `idleSeconds` without use it warns, counts
// down `warnSeconds`, and then times out (DESKTOP-6). Pure timers, so it
// can be tested with fake timers.

export interface IdleOptions {
  /** idleSeconds without use before the warning shows. */
  idleSeconds: number;
  /** warnSeconds the warning counts down before signing out. */
  warnSeconds: number;
  /** onWarn is told every second of the countdown, with the seconds left. */
  onWarn: (secondsLeft: number) => void;
  /** onActive is told when use resumes during the warning. */
  onActive: () => void;
  /** onTimeout signs out. */
  onTimeout: () => void;
}

export interface IdleTimer {
  /** activity tells the timer the user did something: it starts over. */
  activity: () => void;
  stop: () => void;
}

/** startIdleTimer starts counting at once. */
export function startIdleTimer(o: IdleOptions): IdleTimer {
  let idle: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let left = 0;
  let warning = false;
  let stopped = false;

  const clear = () => {
    if (idle !== undefined) clearTimeout(idle);
    if (tick !== undefined) clearInterval(tick);
    idle = undefined;
    tick = undefined;
  };

  const warn = () => {
    warning = true;
    left = o.warnSeconds;
    o.onWarn(left);
    tick = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        clear();
        warning = false;
        stopped = true;
        o.onTimeout();
        return;
      }
      o.onWarn(left);
    }, 1000);
  };

  const arm = () => {
    clear();
    idle = setTimeout(warn, Math.max(0, o.idleSeconds) * 1000);
  };

  arm();
  return {
    activity: () => {
      if (stopped) return;
      if (warning) {
        warning = false;
        o.onActive();
      }
      arm();
    },
    stop: () => {
      stopped = true;
      clear();
    },
  };
}

/** announceAt are the seconds left at which the countdown is read aloud. */
export function shouldAnnounce(secondsLeft: number, warnSeconds: number): boolean {
  return secondsLeft === warnSeconds || secondsLeft === 10 || (secondsLeft <= 5 && secondsLeft > 0) || secondsLeft % 15 === 0;
}

export interface KioskConfig {
  idleSeconds: number;
  warnSeconds: number;
}

/**
 * kioskConfig reads the idle time: VITE_KIOSK_IDLE_SECONDS at build time,
 * and in development builds only `?kioskIdle=` for tests.
 */
export function kioskConfig(search: string, dev: boolean, env?: string): KioskConfig {
  const fromEnv = Number(env);
  let idleSeconds = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 120;
  let warnSeconds = 30;
  if (dev) {
    const q = new URLSearchParams(search);
    const idle = Number(q.get('kioskIdle'));
    const warn = Number(q.get('kioskWarn'));
    if (Number.isFinite(idle) && idle > 0) idleSeconds = idle;
    if (Number.isFinite(warn) && warn > 0) warnSeconds = warn;
  }
  return { idleSeconds, warnSeconds };
}

/** kioskFromQuery: development builds may switch kiosk mode on with `?kiosk=1` (tests only). */
export function kioskFromQuery(search: string, dev: boolean): { kiosk: boolean; enrolled: boolean } | undefined {
  if (!dev) return undefined;
  const v = new URLSearchParams(search).get('kiosk');
  if (v === '1') return { kiosk: true, enrolled: true };
  if (v === 'enrol') return { kiosk: true, enrolled: false };
  return undefined;
}
