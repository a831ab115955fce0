import { badInput, type Reason } from '@lnob/domain';
import type { FieldError } from '@lnob/domain';

/**
 * Collects every problem of an input before anything is written, each with its reason.
 * Throws one BAD_USER_INPUT: the reason is the problems' common reason, or VALIDATION_FAILED
 * when they differ; `fieldErrors` lists them all.
 */
export class InputProblems {
  private readonly items: (FieldError & { reason: Reason })[] = [];

  add(path: string, message: string, reason: Reason = 'VALIDATION_FAILED'): this {
    this.items.push({ path, message, reason });
    return this;
  }

  get any(): boolean {
    return this.items.length > 0;
  }

  throwIfAny(summary = 'The input has problems; see fieldErrors.'): void {
    if (!this.items.length) return;
    const reasons = new Set(this.items.map((i) => i.reason));
    const reason = reasons.size === 1 ? [...reasons][0] : 'VALIDATION_FAILED';
    throw badInput(
      reason,
      summary,
      this.items.map(({ path, message }) => ({ path, message })),
    );
  }
}
