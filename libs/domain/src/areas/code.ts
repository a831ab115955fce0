/**
 * Area codes (mã đơn vị hành chính) are compared and stored trimmed and upper-cased, so that
 * "n2025-48 " and "N2025-48" are the same code on SQLite (case-sensitive) and MariaDB alike.
 */
export function normaliseAreaCode(code: string): string {
  return code.trim().toUpperCase();
}
