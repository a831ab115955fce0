/**
 * Accent-insensitive search for Vietnamese names.
 *
 * Names are stored twice: as typed, and folded (a `*_folded` column written with
 * `foldVietnamese`). Searches fold the query the same way and match it with LIKE, which works the
 * same on SQLite and MariaDB whatever the column collation.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds a string for search: NFD, strip combining marks U+0300–U+036F (tones, circumflex, breve,
 * horn), đ→d and Đ→D, lower case, whitespace runs collapsed to one space, trimmed.
 * Punctuation such as '–' is kept. `'Đắk  Lắk'` → `'dak lak'`.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFD') // lower-casing can itself produce marks (e.g. 'İ' → 'i̇')
    .replace(COMBINING_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The escape character `searchPattern` uses. */
export const LIKE_ESCAPE = '\\';

/** Escapes LIKE wildcards (`%`, `_`) and the escape character itself with a backslash. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => LIKE_ESCAPE + c);
}

/**
 * A "contains" LIKE pattern for a search box query: `%${escaped folded q}%`. An empty query gives
 * `%%`, which matches everything. Callers must declare the escape character:
 * `folded_name LIKE :pattern ESCAPE '\'` in SQL terms. Beware of string literals: in MySQL/MariaDB
 * (without NO_BACKSLASH_ESCAPES) the literal is written `'\\'`, in SQLite `'\'`; binding
 * `LIKE_ESCAPE` as a parameter (`ESCAPE :escape`) sidesteps the difference.
 */
export function searchPattern(q: string): string {
  return `%${escapeLike(foldVietnamese(q))}%`;
}

/** Most words a search query is split into (more are ignored). */
export const SEARCH_WORDS_MAX = 8;

/**
 * One LIKE pattern per word of the folded query, so "cuu chien binh quang nam" finds
 * "Hội Cựu chiến binh tỉnh Quảng Nam": every word must occur, in any order.
 */
export function searchWordPatterns(q: string): string[] {
  return foldVietnamese(q)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, SEARCH_WORDS_MAX)
    .map((w) => `%${escapeLike(w)}%`);
}
