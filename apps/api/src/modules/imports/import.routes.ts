import express from 'express';
import { isDomainError } from '@lnob/domain';
import { requestIdOf, sendError, sendHttpDomainError } from '../../common/http';
import type { Logger } from '../../logger';
import { HttpDomainError, type Authenticator } from '../auth/authenticator';
import { templateCsv, templateXlsx } from './import-file';
import { UPLOAD_MAX_BYTES, type UploadStore } from './upload-store';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * HTTP routes of imports, beside /graphql:
 * - `POST /uploads` — the raw file as the body (CSV or XLSX, at most 64 MB), `Authorization: Bearer …`
 *   of a signed-in user who may capture data, optional `X-File-Name`; answers `{ uploadId, fileName, size, sha256 }`.
 * - `GET /templates/household-reviews.csv|.xlsx?lang=vi|en` — the import template (no login needed).
 */
export function importRoutes(auth: Authenticator, uploads: UploadStore, log: Logger): express.Router {
  const router = express.Router();

  router.post(
    '/uploads',
    async (req, res, next) => {
      const requestId = requestIdOf(req, res);
      try {
        const caller = await auth.authenticate(req.header('authorization'), requestId);
        if (caller.kind !== 'user' || caller.userId === null) return sendError(res, 401, 'UNAUTHENTICATED', 'AUTHENTICATION_REQUIRED', 'Sign in to upload files (API keys are read-only).');
        if (!caller.can('data.capture')) return sendError(res, 403, 'FORBIDDEN', 'PERMISSION_DENIED', 'Your roles do not allow data.capture.');
        res.locals.userId = caller.userId;
        next();
      } catch (e) {
        if (e instanceof HttpDomainError) return sendHttpDomainError(res, e);
        next(e);
      }
    },
    express.raw({ type: () => true, limit: UPLOAD_MAX_BYTES }),
    (req, res) => {
      const body = req.body as Buffer | undefined;
      if (!Buffer.isBuffer(body) || body.length === 0) return sendError(res, 400, 'BAD_USER_INPUT', 'VALIDATION_FAILED', 'Send the file as the request body.');
      const fileName = decodeURIComponent(req.header('x-file-name') ?? '').slice(0, 255) || 'upload';
      const u = uploads.put(res.locals.userId as number, fileName, body);
      res.status(201).json({ uploadId: u.id, fileName: u.fileName, size: u.bytes.length, sha256: u.sha256 });
    },
  );

  router.get('/templates/household-reviews.:ext', async (req, res, next) => {
    const lang = req.query.lang === 'en' ? 'en' : 'vi';
    const base = lang === 'vi' ? 'mau-nhap-ra-soat-ho' : 'household-reviews-template';
    try {
      if (req.params.ext === 'csv') {
        res.type('text/csv; charset=utf-8').attachment(`${base}.csv`).send(templateCsv(lang));
      } else if (req.params.ext === 'xlsx') {
        res.type(XLSX_TYPE).attachment(`${base}.xlsx`).send(await templateXlsx(lang));
      } else sendError(res, 404, 'NOT_FOUND', 'NOT_FOUND', 'Templates exist as .csv and .xlsx.');
    } catch (e) {
      next(e);
    }
  });

  // Errors of these routes as JSON (a body over the limit is 413).
  router.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status === 413) return sendError(res, 413, 'BAD_USER_INPUT', 'VALIDATION_FAILED', `The file is larger than ${UPLOAD_MAX_BYTES / 1024 / 1024} MB.`);
    if (isDomainError(err)) return sendError(res, 400, err.code, err.reason, err.message);
    log.error({ err }, 'import route failed');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'INTERNAL', 'Internal server error.');
  });
  return router;
}
