import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

describe('configuration', () => {
  it('defaults to the embedded mode with no environment', () => {
    const c = loadConfig({});
    expect(c.http.port).toBe(3000);
    expect(c.databaseUrl).toBe(`file:${path.resolve('data/agendum.db')}`);
    expect(c.demo).toBe(true);
    expect(c.http.publicUrl).toBe('http://localhost:3000');
    expect(c.mailDomain).toBe('localhost');
    expect(c.repDefaults.businessHours).toEqual({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] });
  });

  it('lists every invalid variable with how to fix it', () => {
    try {
      loadConfig({
        PORT: '99999',
        AGENDUM_SECRET_KEY: 'short',
        DEFAULT_APPROVAL_MODE: 'yolo',
        PUBLIC_URL: 'nope',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT="99999": must be at most 65535');
      expect(msg).toContain('AGENDUM_SECRET_KEY');
      expect(msg).toContain('openssl rand -hex 32');
      expect(msg).toContain('DEFAULT_APPROVAL_MODE');
      expect(msg).toContain('PUBLIC_URL');
    }
  });

  it('rejects business hours that end before they start', () => {
    expect(() =>
      loadConfig({ DEFAULT_BUSINESS_HOURS_START: '18:00', DEFAULT_BUSINESS_HOURS_END: '09:00' }),
    ).toThrow(/START must be earlier/);
  });

  it('derives the Message-ID domain from PUBLIC_URL and treats empty values as unset', () => {
    const c = loadConfig({ PUBLIC_URL: 'https://agendum.example.com/', PORT: '' });
    expect(c.mailDomain).toBe('agendum.example.com');
    expect(c.http.publicUrl).toBe('https://agendum.example.com');
    expect(c.http.port).toBe(3000);
  });

  it('turns push on only with a PUBLIC_URL, and leaves providers off until configured', () => {
    const local = loadConfig({});
    expect(local.push.enabled).toBe(false);
    expect(local.google).toBeUndefined();
    expect(local.microsoft).toBeUndefined();
    const c = loadConfig({
      PUBLIC_URL: 'https://agendum.example.com/',
      GOOGLE_CLIENT_ID: 'id.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 's',
      GOOGLE_API_BASE_URL: 'http://127.0.0.1:4010/',
      MICROSOFT_CLIENT_ID: 'm',
      MICROSOFT_CLIENT_SECRET: 'ms',
    });
    expect(c.push).toMatchObject({ enabled: true, safetySyncMinutes: 60, debounceMs: 0 });
    expect(c.google).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:4010',
      tokenUrl: 'https://oauth2.googleapis.com/token',
    });
    expect(c.microsoft).toMatchObject({ tenant: 'common', graphBaseUrl: 'https://graph.microsoft.com' });
  });

  it('names the missing half of a provider pair and a malformed Pub/Sub topic together', () => {
    try {
      loadConfig({ GOOGLE_CLIENT_ID: 'id', MICROSOFT_CLIENT_SECRET: 'x', GOOGLE_PUBSUB_TOPIC: 'gmail' });
      expect.unreachable();
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toContain('GOOGLE_PUBSUB_TOPIC="gmail": must look like projects/PROJECT/topics/TOPIC');
    }
    try {
      loadConfig({ GOOGLE_CLIENT_ID: 'id', MICROSOFT_CLIENT_SECRET: 'x' });
      expect.unreachable();
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toContain('GOOGLE_CLIENT_SECRET is missing');
      expect(msg).toContain('MICROSOFT_CLIENT_ID is missing');
    }
  });

  it('requires a Pub/Sub verification token of 16+ characters with a topic, without echoing it', () => {
    const google = { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 's' };
    const topic = 'projects/acme-agendum/topics/gmail';
    expect(() => loadConfig({ ...google, GOOGLE_PUBSUB_TOPIC: topic })).toThrow(
      /GOOGLE_PUBSUB_VERIFICATION_TOKEN is missing/,
    );
    try {
      loadConfig({ ...google, GOOGLE_PUBSUB_TOPIC: topic, GOOGLE_PUBSUB_VERIFICATION_TOKEN: 'sh0rt-secret' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('GOOGLE_PUBSUB_VERIFICATION_TOKEN is too short');
      expect((err as Error).message).not.toContain('sh0rt-secret');
    }
    const token = 'a'.repeat(16);
    const c = loadConfig({ ...google, GOOGLE_PUBSUB_TOPIC: topic, GOOGLE_PUBSUB_VERIFICATION_TOKEN: token });
    expect(c.google).toMatchObject({ pubsubTopic: topic, pubsubVerificationToken: token });
  });

  it('binds loopback by default, trusts no proxy unless told, and reads the sign-in settings', () => {
    const c = loadConfig({});
    expect(c.http).toMatchObject({ host: '127.0.0.1', trustProxy: false });
    expect(c.auth).toEqual({
      admins: [],
      sessionIdleMs: 86_400_000,
      sessionMaxMs: 14 * 86_400_000,
      signinLinkMs: 900_000,
    });
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,192.168.1.4' }).http.trustProxy).toBe(
      '10.0.0.0/8,192.168.1.4',
    );
    expect(
      loadConfig({ AGENDUM_ADMINS: 'Ops@Northwind.example, ana@northwind.example' }).auth.admins,
    ).toEqual(['ops@northwind.example', 'ana@northwind.example']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(
      /TRUST_PROXY="everyone": use false, a hop count/,
    );
    expect(() => loadConfig({ AGENDUM_ADMINS: 'ops' })).toThrow(/AGENDUM_ADMINS="ops": use email addresses/);
  });

  it('refuses a short METRICS_TOKEN without echoing it, and a METRICS_PORT equal to PORT', () => {
    try {
      loadConfig({ METRICS_TOKEN: 'short-metrics' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('METRICS_TOKEN is too short');
      expect((err as Error).message).not.toContain('short-metrics');
    }
    expect(() => loadConfig({ PORT: '3000', METRICS_PORT: '3000' })).toThrow(
      /METRICS_PORT must differ from PORT/,
    );
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics.port).toBe(9464);
  });

  it('splits web and worker roles only on PostgreSQL, and names the fix otherwise', () => {
    expect(loadConfig({}).roles).toEqual({ web: true, worker: true });
    expect(() => loadConfig({ AGENDUM_ROLES: 'web' })).toThrow(
      /AGENDUM_ROLES must be web,worker with SQLite.*Set DATABASE_URL to PostgreSQL/,
    );
    const pg = 'postgresql://agendum@db.internal:5432/agendum';
    expect(loadConfig({ AGENDUM_ROLES: 'worker', DATABASE_URL: pg }).roles).toEqual({
      web: false,
      worker: true,
    });
    expect(loadConfig({ AGENDUM_ROLES: 'web, worker', DATABASE_URL: pg }).roles).toEqual({
      web: true,
      worker: true,
    });
    expect(() => loadConfig({ AGENDUM_ROLES: 'api' })).toThrow(
      /AGENDUM_ROLES="api": use web, worker or web,worker/,
    );
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '5' }).shutdownTimeoutMs).toBe(5000);
  });
});
