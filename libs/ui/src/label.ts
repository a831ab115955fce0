import type { Label } from '@lnob/domain';

/** A text in both locales, Vietnamese first: `L('Lưu', 'Save')`. */
export const L = (vi: string, en: string): Label => ({ vi, en });
