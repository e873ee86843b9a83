import { useCallback, useEffect, useState } from 'react';

/** The state of data being fetched: loading, loaded, or failed with an error. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: Error };

/** Runs `load` when the dependencies change; `reload` runs it again. Results of superseded runs are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    run().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) =>
        current &&
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [run, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
