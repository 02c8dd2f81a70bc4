import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { isRetryableError } from '../../../src/workflows/inbound/ingest-inbox.js';

const prismaError = (name: string, code?: string) => Object.assign(new Error('db'), { name, code });

describe('which inbox failures stop the run (to read the message again) and which skip it', () => {
  it('stops for a database that is unreachable or busy, a throttling provider, a needed reconnect', () => {
    expect(isRetryableError(prismaError('PrismaClientKnownRequestError', 'P1001'))).toBe(true);
    expect(isRetryableError(prismaError('PrismaClientKnownRequestError', 'P2024'))).toBe(true);
    expect(isRetryableError(prismaError('PrismaClientInitializationError'))).toBe(true);
    expect(isRetryableError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(
      true,
    );
    expect(isRetryableError(new AppError('provider_rate_limited', 'slow down'))).toBe(true);
    expect(isRetryableError(new AppError('needs_reauth', 'reconnect'))).toBe(true);
    expect(isRetryableError(new AppError('database_unavailable', 'down'))).toBe(true);
  });

  it('skips a message whose handling fails the same way every time, so later mail still flows', () => {
    expect(isRetryableError(prismaError('PrismaClientKnownRequestError', 'P2002'))).toBe(false);
    expect(isRetryableError(prismaError('PrismaClientKnownRequestError', 'P2025'))).toBe(false);
    expect(isRetryableError(prismaError('PrismaClientUnknownRequestError'))).toBe(false);
    expect(isRetryableError(prismaError('PrismaClientValidationError'))).toBe(false);
    expect(isRetryableError(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isRetryableError(new AppError('bad_request', 'not a plain address'))).toBe(false);
  });
});
