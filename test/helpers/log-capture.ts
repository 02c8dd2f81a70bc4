/** A logger that keeps every line, so tests can assert how much a request logged and at what level. */
import type { Logger, LogLevel } from '../../src/log.js';

export interface LogLine {
  level: LogLevel;
  msg: string;
  fields: Record<string, unknown>;
}

/** A capturing logger and the lines it captured; a child's bindings come first in `fields`. */
export function captureLog(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const bound = (bindings: Record<string, unknown>): Logger => {
    const at =
      (level: LogLevel) =>
      (msg: string, fields: Record<string, unknown> = {}) =>
        void lines.push({ level, msg, fields: { ...bindings, ...fields } });
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (more) => bound({ ...bindings, ...more }),
    };
  };
  return { log: bound({}), lines };
}
