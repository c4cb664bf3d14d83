import { useCallback, useEffect, useState } from 'react';

/** Load is the state of one read from a Go service. */
export type Load<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: unknown };

/**
 * useLoad runs a read when the screen opens and again on reload. An answer
 * that arrives after the screen moved on is dropped.
 */
export function useLoad<T>(read: () => Promise<T>): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    read().then(
      (data) => live && setLoad({ state: 'ready', data }),
      (error: unknown) => live && setLoad({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [read, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [load, reload];
}
