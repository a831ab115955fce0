/** What `POST /uploads` takes, checked before a chosen file is sent. */

/** The largest file `POST /uploads` takes (64 MB, as the API's UPLOAD_MAX_BYTES). */
export const UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

export type FileProblem = 'wrongType' | 'empty' | 'tooLarge';

/** Why a chosen file cannot be sent (its name must end with one of `extensions`), or null when it can. */
export function uploadProblem(file: { name: string; size: number }, extensions: readonly string[]): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!extensions.some((ext) => name.endsWith(ext))) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > UPLOAD_MAX_BYTES) return 'tooLarge';
  return null;
}
