import { useCallback, useEffect, useRef, useState } from 'react';

/** Load is the state of one read from a Go service. */
export type Load<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: unknown };

/**
 * useLoad runs a read when the screen opens. `reload` starts over (after a
 * failure); `refresh` reads again in the background and swaps in the new
 * data without a skeleton, for when a sync brought news. An answer that
 * arrives after the screen moved on is dropped.
 */
export function useLoad<T>(read: () => Promise<T>): [Load<T>, () => void, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    setLoad({ state: 'loading' });
    read().then(
      (data) => live.current && setLoad({ state: 'ready', data }),
      (error: unknown) => live.current && setLoad({ state: 'failed', error }),
    );
    return () => {
      live.current = false;
    };
  }, [read, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);

  const refresh = useCallback(() => {
    read().then(
      (data) => live.current && setLoad({ state: 'ready', data }),
      () => {
        // Keep showing what we have; the next change or visit tries again.
      },
    );
  }, [read]);

  return [load, reload, refresh];
}
