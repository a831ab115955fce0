import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; every request logs with its requestId (see common/request-context.ts). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'lnob-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}
