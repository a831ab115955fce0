/**
 * Optional text of an input: trimmed, null when blank; undefined (not given: "leave it as it is" in an
 * update) stays undefined. Creating a row, write `trimOrNull(x) ?? null`.
 */
export const trimOrNull = (v: string | null | undefined) => (v == null ? v : v.trim() || null);
