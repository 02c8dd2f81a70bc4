/** Request ids: a sane incoming `X-Request-Id` is kept, anything else replaced; req.log carries it. */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { chooseRequestId, requestId } from '../../../src/http/request-id.js';
import { createLogger } from '../../../src/log.js';

const fresh = () => 'fresh-id-0001';

describe('chooseRequestId', () => {
  it('keeps an id a proxy sent (UUID, hex, ULID-like)', () => {
    for (const id of [
      '0b0e6b4e-3c5f-4d8a-9a57-2f1e4a8c9d10',
      'a3f5c9e1b2d4f6a8c0e2a4b6d8f0a2c4',
      '01HZX3J5K7M9P1R3T5V7X9Z1B3',
      'svc.edge:1-67891233-abcdef0123456789',
    ]) {
      expect(chooseRequestId(id, fresh)).toBe(id);
    }
  });

  it('makes a new id when the header is missing, too short, too long or not id-like', () => {
    for (const id of [
      undefined,
      '',
      'short',
      'x'.repeat(129),
      'has space in it',
      'a,b-duplicated-header',
      'line\nbreak-injected',
      '{"json":"inside"}',
      'someone@example.com',
    ]) {
      expect(chooseRequestId(id, fresh)).toBe('fresh-id-0001');
    }
  });

  it('makes UUIDs by default', () => {
    expect(chooseRequestId(undefined)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

/** Runs the middleware on a stand-in request (only what it reads) and response (what it sets). */
function run(incoming?: string) {
  const lines: string[] = [];
  const log = createLogger('info', (l) => lines.push(l));
  const headers: Record<string, string> = {};
  const req = { get: (name: string) => (name.toLowerCase() === 'x-request-id' ? incoming : undefined) };
  const res = {
    setHeader: (name: string, value: string) => {
      headers[name] = value;
    },
  };
  let nextCalls = 0;
  requestId({ log }, fresh)(req as unknown as Request, res as unknown as Response, () => void nextCalls++);
  return { req: req as unknown as Request, headers, lines, nextCalls };
}

describe('requestId middleware', () => {
  it('sets the id on the request and response, binds it to req.log, and calls next', () => {
    const { req, headers, lines, nextCalls } = run('0b0e6b4e-3c5f-4d8a-9a57-2f1e4a8c9d10');
    expect(req.requestId).toBe('0b0e6b4e-3c5f-4d8a-9a57-2f1e4a8c9d10');
    expect(headers).toEqual({ 'X-Request-Id': '0b0e6b4e-3c5f-4d8a-9a57-2f1e4a8c9d10' });
    expect(nextCalls).toBe(1);
    req.log.info('page rendered', { path: '/meetings' });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      req: '0b0e6b4e-3c5f-4d8a-9a57-2f1e4a8c9d10',
      msg: 'page rendered',
      path: '/meetings',
    });
  });

  it('answers with its own id when the incoming one is refused', () => {
    const { req, headers } = run('bad id');
    expect(req.requestId).toBe('fresh-id-0001');
    expect(headers['X-Request-Id']).toBe('fresh-id-0001');
  });
});
