/**
 * Money mutations are idempotent (issue 5): each carries a key, and the API answers a retry with
 * the same key and input with the first result (`replayed: true`) instead of recording twice.
 *
 * One key per submission of a form, kept across every retry of it: a double click, a retry after a
 * network error (did the first one arrive? the same key makes it safe to ask again), a retry after
 * a refusal with corrected input (a refused attempt records nothing, so its key is still free). The
 * key is renewed only when the submission ends: once the API answered with the movement (recorded
 * or replayed), or with IDEMPOTENCY_KEY_REUSED (an earlier attempt of this form WAS recorded with
 * other content — the next attempt is a new submission).
 */
import { useCallback, useRef, useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { CombinedError } from '@urql/core';
import { REASONS } from '@lnob/domain';
import { describeError, type AppError } from '../../app/errors';
import { anyError, fieldErrors, type FormErrors } from '../common/forms';
import { balanceFigures } from './model';
import { useForm } from '../common/forms';

/** A random idempotency key: a UUID (crypto.randomUUID, or built from getRandomValues off secure contexts). */
export function newIdempotencyKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The key of the current submission of one form. */
export class SubmissionKey {
  private key: string | null = null;

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  /** The key to send: the same for every attempt until `end()`. */
  current(): string {
    this.key ??= this.make();
    return this.key;
  }

  /** The submission is over: the next attempt is a new submission with a new key. */
  end(): void {
    this.key = null;
  }

  /** After an attempt: whether the submission is over (an answer with data, or IDEMPOTENCY_KEY_REUSED). */
  settle(hasData: boolean, error: AppError | null): void {
    if (hasData || error?.reason === REASONS.IDEMPOTENCY_KEY_REUSED) this.end();
  }
}

export interface Attempt<D> {
  data: D | null;
  error: AppError | null;
  /** The raw error (for figures in `extensions`). */
  combined: CombinedError | null;
  key: string;
}

type WithKey = { input: { idempotencyKey: string } };

/**
 * A money mutation with its submission key: `submit(input)` sends `input` with the key of the
 * current submission; while one attempt is in flight, another `submit` (a double click) is
 * ignored and answers null. `sending` disables the submit button.
 */
function useMoneyMutation<D, V extends WithKey & AnyVariables>(doc: TypedDocumentNode<D, V>) {
  const [, execute] = useMutation<D, V>(doc);
  const key = useRef<SubmissionKey | null>(null);
  key.current ??= new SubmissionKey();
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);

  const submit = useCallback(
    async (input: Omit<V['input'], 'idempotencyKey'>): Promise<Attempt<D> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setSending(true);
      const k = key.current!.current();
      try {
        const r = await execute({ input: { ...input, idempotencyKey: k } } as unknown as V);
        // Recorded when the mutation's field answered (an error elsewhere in the answer does not undo it).
        const data = r.data && Object.values(r.data as object).some((v) => v !== null && v !== undefined) ? (r.data as D) : null;
        const error = data ? null : (describeError(r.error) ?? { code: null, reason: null, requestId: null, fieldErrors: [], message: 'no data', network: true });
        key.current!.settle(data !== null, error);
        return { data, error, combined: r.error ?? null, key: k };
      } finally {
        inFlight.current = false;
        setSending(false);
      }
    },
    [execute],
  );

  /** Starts a new submission (a new, empty form). */
  const restart = useCallback(() => key.current!.end(), []);
  return { submit, sending, restart };
}

/**
 * A money form: its values (`fresh()` to start with, `set(patch)`), its own checks (nothing is sent
 * while one fails), the API's answer to the last attempt — the refusal with, for
 * FUND_BALANCE_INSUFFICIENT, the figures it was checked against (`extensions.details`), or the
 * movement recorded (`done`, picked from the answer by `answer`) — and `another()`, a new, empty
 * form (a new submission).
 */
export function useMoneyForm<T extends object, D, V extends WithKey & AnyVariables, R>(doc: TypedDocumentNode<D, V>, fresh: () => T, answer: (data: D) => R) {
  const [v, set, reset] = useForm(fresh);
  const { submit, sending, restart } = useMoneyMutation(doc);
  const [local, setLocal] = useState<FormErrors>({});
  const [last, setLast] = useState<Attempt<D> | null>(null);
  const [done, setDone] = useState<R | null>(null);
  const error = last?.error ?? null;

  /** Sends `input()` once `problems` (the form's own checks) are all null; the attempt, or null when nothing was sent. */
  const send = async (problems: FormErrors, input: () => Omit<V['input'], 'idempotencyKey'>): Promise<Attempt<D> | null> => {
    setLocal(problems);
    if (anyError(problems)) return null;
    const r = await submit(input());
    if (!r) return null;
    setLast(r);
    if (r.data) setDone(answer(r.data));
    return r;
  };

  const another = () => {
    restart();
    reset(fresh());
    setDone(null);
    setLast(null);
  };

  return {
    v,
    set,
    err: fieldErrors(local, error),
    send,
    sending,
    error,
    figures: error?.reason === REASONS.FUND_BALANCE_INSUFFICIENT ? balanceFigures(last?.combined) : null,
    done,
    another,
  };
}
