/**
 * Corrections are reversals, never edits (architecture.md "Data layer"). A reversal names the
 * transaction it reverses and undoes it whole: same accounts and amounts, debit and credit swapped
 * (`reversalEntries`). A partial correction is a reversal followed by a new, right movement.
 *
 * Refused: reversing a reversal (CANNOT_REVERSE_REVERSAL: record the movement again instead),
 * reversing a transaction that already has a reversal (ALREADY_REVERSED), a reversal dated before
 * its original (VALIDATION_FAILED at `occurredOn`). A reversal that takes money out of a fund is
 * also subject to the balance rule (checkGroupBalances on its entries).
 */
import type { LocalDate } from '../scalars/local-date';
import { refuse, type Decision } from './reasons';
import type { TransactionKind } from './vocabulary';

/** What the rule needs to know of the transaction to reverse. */
export interface ReversalTarget {
  id: string;
  kind: TransactionKind;
  occurredOn: LocalDate;
  /** The id of the reversal that already reverses it, if any. */
  reversedById: string | null;
}

export function checkReversal(target: ReversalTarget, reversalOccurredOn: LocalDate, prefix = 'input'): Decision {
  if (target.kind === 'REVERSAL') {
    return refuse('CONFLICT', 'CANNOT_REVERSE_REVERSAL', `Transaction ${target.id} is itself a reversal`, { transactionId: target.id });
  }
  if (target.reversedById !== null) {
    return refuse('CONFLICT', 'ALREADY_REVERSED', `Transaction ${target.id} is already reversed by ${target.reversedById}`, {
      transactionId: target.id,
      reversedById: target.reversedById,
    });
  }
  if (reversalOccurredOn < target.occurredOn) {
    const message = `a reversal cannot be dated before its original (${target.occurredOn})`;
    return refuse('BAD_USER_INPUT', 'VALIDATION_FAILED', message, { transactionId: target.id, originalOccurredOn: target.occurredOn }, [
      { path: `${prefix}.occurredOn`, message },
    ]);
  }
  return { ok: true };
}
