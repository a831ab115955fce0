import { createHash, randomUUID } from 'node:crypto';

/** Largest file one upload may hold (a 200,000-row CSV is about 30 MB). */
export const UPLOAD_MAX_BYTES = 64 * 1024 * 1024;
/** How long an upload stays available to imports. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
/** Memory all uploads together may take; the oldest are dropped beyond it. */
const STORE_MAX_BYTES = 512 * 1024 * 1024;

export interface Upload {
  id: string;
  /** The user who uploaded it: only they can import it. */
  userId: number;
  fileName: string;
  bytes: Buffer;
  sha256: string;
  createdAt: number;
}

/**
 * Files uploaded for imports (`POST /uploads`), kept in this process's memory for an hour: an
 * import job reads its file from here, so the dry run and the commit of the same file need one
 * upload. Single-process by design, like the job runner (docs/households.md, "Import").
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  put(userId: number, fileName: string, bytes: Buffer): Upload {
    this.sweep();
    const upload: Upload = { id: randomUUID(), userId, fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), createdAt: this.now() };
    this.uploads.set(upload.id, upload);
    let total = [...this.uploads.values()].reduce((s, u) => s + u.bytes.length, 0);
    for (const u of this.uploads.values()) {
      if (total <= STORE_MAX_BYTES || u.id === upload.id) break;
      this.uploads.delete(u.id);
      total -= u.bytes.length;
    }
    return upload;
  }

  /** The upload if it exists, has not expired and belongs to `userId`. */
  get(id: string, userId: number): Upload | undefined {
    this.sweep();
    const u = this.uploads.get(id);
    return u && u.userId === userId ? u : undefined;
  }

  private sweep() {
    const cutoff = this.now() - UPLOAD_TTL_MS;
    for (const [id, u] of this.uploads) if (u.createdAt < cutoff) this.uploads.delete(id);
  }
}
