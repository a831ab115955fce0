import express from 'express';
import type { DataSource } from 'typeorm';
import { badInput, isDomainError, parsePeriod } from '@lnob/domain';
import type { Logger } from '../../logger';
import { requestIdOf, sendError, sendHttpDomainError } from '../../common/http';
import { clientAddressOf } from '../../common/request-context';
import { HttpDomainError, type Authenticator } from '../auth/authenticator';
import { rowIdOf } from '../../common/relay/global-id';
import { publicReportCsv } from './public-report.csv';
import { publicRange, PublicFundService } from './public-report.service';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * The public report as a download (no login): `GET /public/funds/{fundId}/report.csv?period=2024`
 * with optional `peakMonth=1` and `lang=en`. The same figures as `publicFundReport`, as CSV in UTF-8
 * with a BOM; anonymous callers share the report's rate limit (429 RATE_LIMITED with Retry-After).
 * Errors are JSON `{ error: { code, reason, message } }`.
 */
export function publicFundRoutes(ds: DataSource, auth: Authenticator, log: Logger): express.Router {
  const router = express.Router();
  router.get('/public/funds/:fundId/report.csv', async (req, res) => {
    const requestId = requestIdOf(req, res);
    try {
      const caller = await auth.authenticate(req.header('authorization'), requestId);
      const service = new PublicFundService(ds, caller, auth);
      service.admit(clientAddressOf(req));
      const fundId = rowIdOf(String(req.params.fundId), 'Fund', 'fundId');
      if (typeof req.query.period !== 'string') throw badInput('INVALID_PERIOD', 'Give the period: ?period=2024 (or 2024H1, 2024Q4, 2024-10).', [{ path: 'period', message: 'required' }]);
      const period = parsePeriod(req.query.period);
      const peakMonth = req.query.peakMonth === '1' || req.query.peakMonth === 'true';
      const lang = req.query.lang === 'en' ? 'en' : 'vi';
      const report = await service.report({ fundId }, publicRange(period, peakMonth));
      const name = `${lang === 'vi' ? 'cong-khai-quy' : 'fund-report'}-${fundId}-${req.query.period}${peakMonth ? (lang === 'vi' ? '-thang-cao-diem' : '-peak-month') : ''}.csv`;
      res.setHeader('cache-control', 'no-cache');
      res.type('text/csv; charset=utf-8').attachment(name).send(publicReportCsv(report, lang));
    } catch (e) {
      if (e instanceof HttpDomainError) return sendHttpDomainError(res, e);
      if (isDomainError(e)) return sendError(res, STATUS[e.code] ?? 400, e.code, e.reason, e.message);
      log.error({ err: e, requestId }, 'public report CSV failed');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'INTERNAL', 'Internal server error.');
    }
  });
  return router;
}
