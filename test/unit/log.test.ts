/**
 * The logger: pino's JSON lines, level filtering, child bindings, and the second line of
 * defence — credentials and bodies censored by name, every email address masked.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel, maskAddresses, silentLogger } from '../../src/log.js';

function capture(level: LogLevel = 'debug') {
  const lines: string[] = [];
  const log = createLogger(level, (l) => lines.push(l));
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { log, lines, parsed };
}

describe('createLogger', () => {
  it('writes one JSON line per call: level label, ISO time, msg, then the fields', () => {
    const { log, lines, parsed } = capture();
    log.info('sync finished', { connection: 'c1', events: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(parsed()[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      msg: 'sync finished',
      connection: 'c1',
      events: 3,
    });
  });

  it('leaves printf-like text in a message alone', () => {
    const { log, parsed } = capture();
    log.warn('100% done %s');
    expect(parsed()[0]).toMatchObject({ level: 'warn', msg: '100% done %s' });
  });

  it('writes at its level and above only', () => {
    const { log, parsed } = capture('warn');
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(parsed().map((l) => [l.level, l.msg])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
  });

  it('puts a child’s bindings on every line it writes, and leaves the parent as it was', () => {
    const { log, parsed } = capture();
    const req = log.child({ req: 'r-1' });
    const job = req.child({ job: 'j-9' });
    req.info('page', { path: '/meetings' });
    job.warn('retrying', { attempt: 2 });
    log.info('plain');
    expect(parsed()).toEqual([
      expect.objectContaining({ req: 'r-1', msg: 'page', path: '/meetings' }),
      expect.objectContaining({ req: 'r-1', job: 'j-9', msg: 'retrying', attempt: 2 }),
      expect.not.objectContaining({ req: 'r-1' }),
    ]);
  });

  it('keeps an Error’s type, message, stack and own fields (its `code` too), wherever it sits', () => {
    const { log, parsed } = capture();
    const err = Object.assign(new TypeError('quota exceeded'), { code: 'rate_limited', reason: 'quota' });
    log.error('step failed', { error: err, attempts: [{ err }] });
    log.error('step failed', { error: 'quota exceeded' });
    const [first, second] = parsed();
    const serialized = {
      type: 'TypeError',
      message: 'quota exceeded',
      code: 'rate_limited',
      reason: 'quota',
    };
    expect(first?.error).toMatchObject({ ...serialized, stack: expect.stringContaining('TypeError') });
    expect(first?.attempts).toEqual([{ err: expect.objectContaining(serialized) }]);
    expect(second?.error).toBe('quota exceeded');
  });
});

describe('createLogger redaction', () => {
  it('censors credentials by field name, at the top and nested, in arrays and in bindings', () => {
    const { log, lines, parsed } = capture();
    log.info('token refreshed', {
      connection: 'c1',
      accessToken: 'ya29.access',
      refresh_token: '1//refresh',
      code: '4/oauth-code',
      response: { headers: { authorization: 'Bearer abc', 'set-cookie': ['sid=s3cret'] } },
      accounts: [{ clientSecret: 'cs-1', password: 'pw' }],
    });
    log.child({ token: 'bound-token' }).warn('bound');
    expect(lines.join('\n')).not.toMatch(/ya29|1\/\/refresh|4\/oauth|Bearer|s3cret|cs-1|"pw"|bound-token/);
    const [first, second] = parsed();
    expect(first).toMatchObject({
      connection: 'c1',
      accessToken: '[redacted]',
      refresh_token: '[redacted]',
      code: '[redacted]',
      response: { headers: { authorization: '[redacted]', 'set-cookie': '[redacted]' } },
      accounts: [{ clientSecret: '[redacted]', password: '[redacted]' }],
    });
    expect(second).toMatchObject({ token: '[redacted]', msg: 'bound' });
  });

  it('matches names whatever their case or separators, at any depth, inside Errors too', () => {
    const { log, lines, parsed } = capture();
    const fields = {
      headers: { Authorization: 'Bearer abc', 'Set-Cookie': 'sid=1' },
      a: { b: { c: { d: { e: { client_secret: 'deep-secret' } } } } },
      error: Object.assign(new Error('token exchange failed'), { config: { data: { refresh_token: 'r1' } } }),
    };
    log.warn('refresh failed', fields);
    expect(lines[0]).not.toMatch(/Bearer|sid=1|deep-secret|"r1"/);
    expect(parsed()[0]).toMatchObject({
      headers: { Authorization: '[redacted]', 'Set-Cookie': '[redacted]' },
      a: { b: { c: { d: { e: { client_secret: '[redacted]' } } } } },
      error: { message: 'token exchange failed', config: { data: { refresh_token: '[redacted]' } } },
    });
    // The caller's objects are not touched: they may still be in use.
    expect(fields.headers.Authorization).toBe('Bearer abc');
  });

  it('drops whatever sits deeper than a log field plausibly could', () => {
    const { log, parsed } = capture();
    log.info('deep', { l1: { l2: { l3: { l4: { l5: { l6: { l7: { l8: { token: 'x' } } } } } } } } });
    expect(JSON.stringify(parsed()[0])).toContain('"l7":{"l8":"[too deep]"}');
  });

  it('censors message bodies and subjects, nested too', () => {
    const { log, lines, parsed } = capture();
    log.info('draft saved', {
      draft: 'd1',
      subject: 'Pricing for Q3',
      message: { body: 'Hi Priya', html: '<p>Hi</p>', text: 'Hi', snippet: 'Hi…' },
    });
    expect(lines[0]).not.toMatch(/Pricing|Priya|<p>/);
    expect(parsed()[0]).toMatchObject({
      draft: 'd1',
      subject: '[redacted]',
      message: { body: '[redacted]', html: '[redacted]', text: '[redacted]', snippet: '[redacted]' },
    });
  });

  it('does not censor a field merely because its name contains a censored word', () => {
    const { log, parsed } = capture();
    log.info('refused', { tokenKind: 'action', bodyBytes: 120 });
    expect(parsed()[0]).toMatchObject({ tokenKind: 'action', bodyBytes: 120 });
  });
});

describe('createLogger address masking', () => {
  it('masks addresses in messages, fields and nested values, keeping the domain', () => {
    const { log, lines, parsed } = capture('info');
    log.info('step finished for priya.raman@acme-robotics.example', {
      detail: 'sent to priya.raman@acme-robotics.example',
      rep: 'Dana@Northwind.example',
    });
    log.warn('refused', { error: { to: ['a+b@x.co.uk'], deep: { deeper: { deepest: 'c@d.example' } } } });
    log.debug('dropped', { rep: 'x@y.example' });
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/priya\.raman@|Dana@|a\+b@|c@d/);
    const [first, second] = parsed();
    expect(first).toMatchObject({
      msg: 'step finished for ***@acme-robotics.example',
      detail: 'sent to ***@acme-robotics.example',
      rep: '***@Northwind.example',
    });
    expect(second).toMatchObject({
      error: { to: ['***@x.co.uk'], deep: { deeper: { deepest: '***@d.example' } } },
    });
  });

  it('masks an address quoted by an Error’s message (and so its stack) and by a binding', () => {
    const { log, lines, parsed } = capture();
    const err = new Error('550 mailbox unavailable: <sam.lee@globex.example>');
    log.child({ rep: 'rep@agendum.example' }).error('send failed', { error: err });
    expect(lines[0]).not.toMatch(/sam\.lee@|rep@agendum/);
    expect(parsed()[0]).toMatchObject({
      rep: '***@agendum.example',
      error: { message: '550 mailbox unavailable: <***@globex.example>' },
    });
  });
});

describe('maskAddresses', () => {
  it('masks each address in a string and leaves the rest', () => {
    expect(maskAddresses('from a.b@c.example to d@e.co.uk, not @handle or x@y')).toBe(
      'from ***@c.example to ***@e.co.uk, not @handle or x@y',
    );
  });
});

describe('silentLogger', () => {
  it('accepts every call, children included, and writes nothing', () => {
    expect(() => {
      silentLogger.error('ignored', { accessToken: 'x' });
      silentLogger.child({ req: 'r' }).warn('ignored');
    }).not.toThrow();
  });
});
