import { useEffect, useState } from 'react';

/**
 * Previous/next over a keyset-paged connection: a stack of `after` cursors. Starts again at page 1
 * whenever `resetKey` (the filter) changes.
 */
export function useCursorPager(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : [null];
  useEffect(() => {
    if (state.key !== resetKey) setState({ key: resetKey, stack: [null] });
  }, [resetKey, state.key]);
  return {
    after: stack[stack.length - 1],
    page: stack.length,
    hasPrevious: stack.length > 1,
    next(endCursor: string | null | undefined) {
      if (endCursor) setState({ key: resetKey, stack: [...stack, endCursor] });
    },
    previous() {
      if (stack.length > 1) setState({ key: resetKey, stack: stack.slice(0, -1) });
    },
  };
}

/** A value that follows `value` after `ms` without changes (for search-as-you-type). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}
