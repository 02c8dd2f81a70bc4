/** A logger that keeps every line, so tests can assert how much a request logged and at what level. */
import type { Logger, LogLevel } from '../../src/log.js';

export interface LogLine {
  level: LogLevel;
  msg: string;
  fields: Record<string, unknown>;
}

/** A capturing logger and the lines it captured. */
export function captureLog(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLevel) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, msg, fields });
  return { log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}
