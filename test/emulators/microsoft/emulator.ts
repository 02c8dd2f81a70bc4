/**
 * A loopback Microsoft identity + Graph emulator (docs/providers.md §10): one `node:http` origin
 * on 127.0.0.1 with identity routes under `/{tenant}/…` and Graph under `/v1.0/…`, driven by
 * the real MSAL and Graph SDK through MICROSOFT_AUTHORITY_HOST / MICROSOFT_GRAPH_BASE_URL.
 * Graph requests need a bearer token the identity half issued. Tests control it in-process
 * (seed events, deliver mail, inject faults, fire lifecycle events); a request no route
 * implements answers 501 and is recorded in `faults.unhandled`, which tests assert is empty.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type LoopbackServer,
  listenOnLoopback,
  matchPath,
  readRequest,
  retryAfterHeader,
  wait,
  writeResponse,
} from '../http-kit.js';
import { Calendar } from './calendar.js';
import { DeltaRounds } from './delta-rounds.js';
import { FaultBook } from './faults.js';
import { type GraphHandler, graphRoutes } from './graph-api.js';
import { type EmuRequest, type EmuResponse, graphError, json } from './graph-http.js';
import { mailRoutes } from './graph-mail-api.js';
import { type EmuUser, Identity } from './identity.js';
import { Mailbox, type StoredMessage } from './mailbox.js';
import { Subscriptions } from './subscriptions.js';

export interface EmulatorOptions {
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
}

type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

/** The emulator and its control API. */
export class MicrosoftEmulator {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId: string;
  readonly users = new Map<string, EmuUser>();
  readonly faults = new FaultBook();
  readonly rounds = new DeltaRounds();
  /** Added to the real clock: subscription and token expiry follow it. */
  clockOffsetMs = 0;
  readonly now = () => Date.now() + this.clockOffsetMs;
  readonly identity: Identity;
  readonly subscriptions = new Subscriptions(this.now);
  private readonly calendars = new Map<string, Calendar>();
  private readonly mailboxes = new Map<string, Mailbox>();
  private readonly graph: Record<string, GraphHandler>;
  private server: LoopbackServer | undefined;
  url = '';

  constructor(opts: EmulatorOptions = {}) {
    this.clientId = opts.clientId ?? 'emu-client-id';
    this.clientSecret = opts.clientSecret ?? 'emu-client-secret';
    this.tenantId = opts.tenantId ?? 'c0ffee00-0000-4000-8000-00000000e7e7';
    this.identity = new Identity(this.clientId, this.clientSecret, this.users, this.now);
    this.graph = {
      ...graphRoutes({
        calendarOf: (u) => this.calendar(u.email),
        rounds: this.rounds,
        subscriptions: this.subscriptions,
      }),
      ...mailRoutes({
        mailboxOf: (u) => this.mailbox(u.email),
        mailboxAt: (address) => this.mailboxes.get(address.toLowerCase()),
        rounds: this.rounds,
        now: () => new Date(this.now()),
      }),
    };
  }

  /** Adds a mailbox user. */
  addUser(u: {
    email: string;
    name: string;
    windowsTimeZone?: string;
    extraScopes?: string[];
    hasMailbox?: boolean;
    /** Another tenant than the emulator's (a guest's home tenant, the consumer tenant). */
    tenantId?: string;
    emailClaim?: string;
    emailDomainVerified?: boolean;
  }): EmuUser {
    const email = u.email.toLowerCase();
    const user: EmuUser = {
      id: randomUUID(),
      tenantId: u.tenantId ?? this.tenantId,
      ...(u.emailClaim ? { emailClaim: u.emailClaim } : {}),
      ...(u.emailDomainVerified !== undefined ? { emailDomainVerified: u.emailDomainVerified } : {}),
      email,
      name: u.name,
      windowsTimeZone: u.windowsTimeZone ?? 'Eastern Standard Time',
      extraScopes: u.extraScopes ?? [],
      hasMailbox: u.hasMailbox ?? true,
    };
    this.users.set(user.id, user);
    this.calendars.set(
      email,
      new Calendar((id, change) => this.subscriptions.notifyChange(user.id, id, change)),
    );
    this.mailboxes.set(email, new Mailbox(email));
    return user;
  }

  user(email: string): EmuUser {
    const u = [...this.users.values()].find((x) => x.email === email.toLowerCase());
    if (!u) throw new Error(`emulator: no user ${email}`);
    return u;
  }

  calendar(email: string): Calendar {
    const c = this.calendars.get(email.toLowerCase());
    if (!c) throw new Error(`emulator: no calendar for ${email}`);
    return c;
  }

  mailbox(email: string): Mailbox {
    const m = this.mailboxes.get(email.toLowerCase());
    if (!m) throw new Error(`emulator: no mailbox for ${email}`);
    return m;
  }

  /** An inbound message arrives in `email`'s inbox. */
  deliver(email: string, raw: Buffer): Promise<StoredMessage> {
    return this.mailbox(email).store(raw, 'inbox', new Date(this.now()));
  }

  private identityRoutes(): Record<string, Handler> {
    return {
      'POST /{tenant}/oauth2/v2.0/token': (req) => this.identity.token(req),
      'GET /{tenant}/oauth2/v2.0/authorize': (req) => this.identity.authorize(req),
      'GET /{tenant}/v2.0/.well-known/openid-configuration': (req) =>
        this.identity.openidConfiguration(req.params.tenant ?? 'common'),
      'GET /{tenant}/discovery/v2.0/keys': () => this.identity.keys(),
      'GET /common/discovery/instance': () => this.identity.instanceDiscovery(),
    };
  }

  private route(
    method: string,
    path: string,
  ): { name: string; params: Record<string, string>; graph: boolean } | null {
    for (const [graph, table] of [
      [true, this.graph],
      [false, this.identityRoutes()],
    ] as const) {
      for (const name of Object.keys(table)) {
        const [m, pattern] = name.split(' ') as [string, string];
        // Graph matches paths case-insensitively.
        const params =
          m === method ? matchPath(pattern, path, { ignoreCase: true, emptyParams: true }) : null;
        if (params) return { name, params, graph };
      }
    }
    return null;
  }

  private async respond(req: EmuRequest, name: string, graph: boolean): Promise<EmuResponse> {
    if (!graph) return (this.identityRoutes()[name] as Handler)(req);
    const who = this.identity.userFor(req.headers.authorization);
    if (!who) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    if (!who.user.hasMailbox && livesInMailbox(name)) return noMailbox();
    return (this.graph[name] as GraphHandler)(req, who);
  }

  private async handle(raw: IncomingMessage, res: ServerResponse): Promise<void> {
    const req: EmuRequest = await readRequest(raw, {});
    const { method, path } = req;
    const found = this.route(method, path);
    if (!found) {
      this.faults.unhandled.push(`${method} ${path}`);
      return writeResponse(res, graphError(501, 'NotEmulated', `${method} ${path} is not emulated`));
    }
    req.params = found.params;
    const fault = this.faults.take(found.name, found.graph);
    let out: EmuResponse;
    if (fault && 'status' in fault) {
      const headers = retryAfterHeader(fault.retryAfter);
      const code = fault.code ?? (fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable');
      out = found.graph
        ? graphError(fault.status, code, 'Injected fault.', headers)
        : json(fault.status, { error: code }, headers);
    } else {
      out = await this.respond(req, found.name, found.graph);
    }
    if (out.status === 501)
      this.faults.unhandled.push(`${method} ${path}: ${String(out.body).slice(0, 200)}`);
    const who = found.graph ? this.identity.userFor(req.headers.authorization) : null;
    const record = {
      method,
      route: found.name,
      path,
      prefer: String(raw.headers.prefer ?? ''),
      status: out.status,
      ...(who ? { userId: who.user.id } : {}),
    };
    this.faults.requests.push(record);
    if (fault && 'drop' in fault) {
      res.socket?.destroy();
      return;
    }
    if (fault && 'delay' in fault) await wait(fault.delay);
    if (fault && 'until' in fault) await this.faults.hold(record, fault.until);
    writeResponse(res, out);
  }

  async start(): Promise<this> {
    this.server = await listenOnLoopback((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        this.faults.unhandled.push(`emulator crashed on ${req.method} ${req.url}: ${err.message}`);
        if (!res.headersSent) writeResponse(res, graphError(500, 'EmulatorError', err.message));
      });
    });
    this.url = this.server.url;
    return this;
  }

  async close(): Promise<void> {
    await this.subscriptions.idle();
    await this.server?.close();
  }
}

/** Mail, calendar and mailbox settings live in the Exchange mailbox; `/me` is the directory. */
function livesInMailbox(route: string): boolean {
  return / \/v1\.0\/me\//.test(route);
}

/** What Graph answers for a user without an Exchange Online mailbox (KB 4462988). */
function noMailbox(): EmuResponse {
  return graphError(
    404,
    'MailboxNotEnabledForRESTAPI',
    'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
  );
}

/** Starts an emulator on a random loopback port. */
export function startMicrosoftEmulator(opts: EmulatorOptions = {}): Promise<MicrosoftEmulator> {
  return new MicrosoftEmulator(opts).start();
}
