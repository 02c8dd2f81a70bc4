/**
 * A loopback Google emulator (OAuth and OpenID Connect, Calendar v3, Gmail v1 on one
 * origin, docs/providers.md §10) that the real googleapis SDK talks to. Tests control it
 * in-process: seed users, events and mail, inject faults, count requests per route. A
 * request it does not implement answers 501 and is recorded in `unimplemented`, which
 * tests assert is empty.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type LoopbackServer,
  listenOnLoopback,
  matchPath,
  RequestLog,
  readRequest,
  wait,
  writeResponse,
} from '../http-kit.js';
import { EventsListRoute } from './calendar-routes.js';
import { CalendarStore } from './calendar-store.js';
import { type Fault, FaultInjector, faultResponse } from './faults.js';
import { GmailPubSub } from './gmail-pubsub.js';
import { GmailApi } from './gmail-routes.js';
import { type EmuRequest, type EmuResponse, errorResponse, GoogleHttpError } from './google-http.js';
import { type GmailMessage, Mailbox, parseRaw } from './mailbox.js';
import { OAuthServer } from './oauth-server.js';
import { PushChannels } from './push-channels.js';
import { ROUTE_SCOPES } from './route-scopes.js';

type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

interface Route {
  name: string;
  method: string;
  /** `{name}` stands for one path segment (see matchPath). */
  pattern: string;
  /** API routes need a bearer token; OAuth routes do not. */
  api: boolean;
  handler: Handler;
}

export interface GoogleEmulatorOptions {
  clientId?: string;
  clientSecret?: string;
  now?: () => number;
}

/** The emulator: `url` is the origin to use as GOOGLE_API_BASE_URL. */
export class GoogleEmulator {
  url = '';
  readonly faults = new FaultInjector();
  readonly oauth: OAuthServer;
  readonly push: PushChannels;
  /** Gmail users.watch/stop and the Pub/Sub push subscription (gmail-pubsub.ts). */
  readonly pubsub: GmailPubSub;
  readonly eventsList = new EventsListRoute();
  private readonly log = new RequestLog<{ route: string; method: string; path: string; status: number }>();
  /** Every request by route name, with the status answered (0 while its answer is held). */
  readonly requests = this.log.requests;
  /** Requests it does not implement: tests assert this stays empty. */
  readonly unimplemented = this.log.unimplemented;
  private readonly calendars = new Map<string, CalendarStore>();
  private readonly mailboxes = new Map<string, Mailbox>();
  private readonly gmail: GmailApi;
  private readonly routes: Route[];
  private server: LoopbackServer | undefined;
  private readonly now: () => number;

  constructor(opts: GoogleEmulatorOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.gmail = new GmailApi(this.mailboxes, this.now);
    this.oauth = new OAuthServer(
      { id: opts.clientId ?? 'test-client', secret: opts.clientSecret ?? 'test-secret' },
      this.now,
    );
    this.push = new PushChannels(
      (owner) => `${this.url}/calendar/v3/calendars/${encodeURIComponent(owner)}/events?alt=json`,
      this.now,
    );
    this.pubsub = new GmailPubSub((owner) => this.mailbox(owner).historyId, this.now);
    this.routes = this.buildRoutes();
  }

  /** Adds a Google account with an empty calendar and mailbox; returns a refresh token for it. */
  addUser(email: string, timeZone = 'America/New_York'): string {
    const owner = email.toLowerCase();
    this.calendars.set(
      owner,
      new CalendarStore(owner, timeZone, this.now, () => this.push.notifyChange(owner)),
    );
    this.mailboxes.set(
      owner,
      new Mailbox(owner, this.now, (labels) => this.pubsub.mailboxChanged(owner, labels)),
    );
    return this.oauth.issueRefreshToken(owner);
  }

  /** A user's calendar, to seed and change events. */
  calendar(email: string): CalendarStore {
    const cal = this.calendars.get(email.toLowerCase());
    if (!cal) throw new Error(`emulator: no user ${email}`);
    return cal;
  }

  /** A user's mailbox. */
  mailbox(email: string): Mailbox {
    const box = this.mailboxes.get(email.toLowerCase());
    if (!box) throw new Error(`emulator: no user ${email}`);
    return box;
  }

  /** Messages of a mailbox carrying `label` (INBOX, SENT, DRAFT…), oldest first. */
  folder(email: string, label: string): GmailMessage[] {
    return [...this.mailbox(email).messages.values()]
      .filter((m) => m.labelIds.has(label))
      .sort((a, b) => a.historyId - b.historyId);
  }

  /** Mail from outside arrives in a user's inbox (a prospect's reply). */
  async deliver(to: string, raw: Buffer): Promise<GmailMessage> {
    return this.mailbox(to).addInbound(raw, await parseRaw(raw));
  }

  /**
   * The user sends one of their drafts from the Gmail UI (draft approval mode), optionally
   * with the Message-ID their client wrote instead of ours.
   */
  sendDraftAsUser(
    email: string,
    draftId: string,
    opts: { newMessageId?: string } = {},
  ): Promise<GmailMessage> {
    return this.gmail.sendDraft(email.toLowerCase(), draftId, opts.newMessageId);
  }

  /** Mail sent to addresses that are not emulated users. */
  get delivered() {
    return this.gmail.delivered;
  }

  /** Arms a fault on a route (see faults.ts). */
  inject(route: string, fault: Fault, times = 1): void {
    this.faults.add(route, fault, times);
  }

  /** How many requests reached `route`. */
  count(route: string): number {
    return this.log.count(route);
  }

  async start(): Promise<this> {
    this.server = await listenOnLoopback((req, res) => void this.serve(req, res));
    this.url = this.server.url;
    return this;
  }

  /** Resolves once no push notification or Pub/Sub delivery is in flight. */
  async settle(): Promise<void> {
    await this.push.settle();
    await this.pubsub.settle();
  }

  async close(): Promise<void> {
    await this.settle();
    await this.server?.close();
  }

  private async serve(raw: IncomingMessage, res: ServerResponse): Promise<void> {
    const req: EmuRequest = await readRequest(raw, []);
    const route = this.routes.find((r) => r.method === req.method && matchPath(r.pattern, req.path));
    // Recorded on arrival: a request whose answer is delayed has still reached Google.
    const entry = { route: route?.name ?? 'unimplemented', method: req.method, path: req.path, status: 0 };
    this.requests.push(entry);
    const out = route ? await this.run(route, req) : this.notImplemented(`${req.method} ${req.path}`);
    if (out.status === 501 && route) this.unimplemented.push(`${req.method} ${req.path}?${req.query}`);
    entry.status = out.status;
    writeResponse(res, out);
  }

  private notImplemented(what: string): EmuResponse {
    this.unimplemented.push(what);
    return errorResponse(new GoogleHttpError(501, `emulator: ${what} is not implemented`, 'notImplemented'));
  }

  private async run(route: Route, req: EmuRequest): Promise<EmuResponse> {
    // In pattern order: the names are never integers, so Object.values keeps that order.
    req.params = Object.values(matchPath(route.pattern, req.path) ?? {});
    const fault = this.faults.take(route.name);
    try {
      if (fault?.kind === 'hang') {
        await wait(fault.delayMs);
        return errorResponse(new GoogleHttpError(503, 'Backend Error', 'backendError'));
      }
      const refused = fault ? faultResponse(fault) : undefined;
      if (refused) return refused;
      if (route.api) req.user = this.oauth.authenticate(req, route.name, this.scopesOf(route.name));
      const out = await route.handler(req);
      if (fault?.kind === 'accept_then_delay') await wait(fault.delayMs);
      if (fault?.kind === 'accept_then_hold') {
        fault.onHold?.();
        await fault.until.catch(() => {});
      }
      return out;
    } catch (err) {
      if (err instanceof GoogleHttpError) return errorResponse(err);
      throw err;
    }
  }

  /** A route missing from ROUTE_SCOPES is a mistake in the emulator, not a 403. */
  private scopesOf(route: string): string[] {
    const scopes = ROUTE_SCOPES[route];
    if (!scopes) throw new Error(`emulator: route ${route} has no scopes in route-scopes.ts`);
    return scopes;
  }

  /** The calendar behind `:calendarId` for the signed-in user ('primary' or their address). */
  private ownCalendar(req: EmuRequest): CalendarStore {
    const id = req.params[0] as string;
    const user = req.user as string;
    if (id !== 'primary' && id.toLowerCase() !== user)
      throw new GoogleHttpError(404, 'Not Found', 'notFound');
    return this.calendar(user);
  }

  private buildRoutes(): Route[] {
    const g = this.gmail;
    const u = '/gmail/v1/users/{userId}';
    const user = (req: EmuRequest) => req.user as string;
    const r = (name: string, method: string, pattern: string, handler: Handler, api = true): Route => ({
      name,
      method,
      pattern,
      api,
      handler,
    });
    return [
      r('oauth.token', 'POST', '/token', (req) => this.oauth.token(req), false),
      r('oauth.authorize', 'GET', '/o/oauth2/v2/auth', (req) => this.oauth.authorize(req), false),
      r('oauth.revoke', 'POST', '/revoke', (req) => this.oauth.revoke(req), false),
      r('oauth.certs', 'GET', '/oauth2/v3/certs', () => this.oauth.certs(), false),
      r(
        'oauth.discovery',
        'GET',
        '/.well-known/openid-configuration',
        () => this.oauth.discovery(this.url),
        false,
      ),
      r('calendar.events.list', 'GET', '/calendar/v3/calendars/{calendarId}/events', (req) =>
        this.eventsList.handle(req, this.ownCalendar(req)),
      ),
      r('calendar.events.watch', 'POST', '/calendar/v3/calendars/{calendarId}/events/watch', (req) =>
        this.push.watch(req, this.ownCalendar(req).owner),
      ),
      r('calendar.channels.stop', 'POST', '/calendar/v3/channels/stop', (req) =>
        this.push.stop(req, user(req)),
      ),
      r('gmail.profile', 'GET', `${u}/profile`, (req) => g.profile(req, user(req))),
      r('gmail.drafts.send', 'POST', `${u}/drafts/send`, (req) => g.draftsSend(req, user(req))),
      r('gmail.drafts.create', 'POST', `${u}/drafts`, (req) => g.draftsCreate(req, user(req))),
      r('gmail.drafts.list', 'GET', `${u}/drafts`, (req) => g.draftsList(req, user(req))),
      r('gmail.drafts.get', 'GET', `${u}/drafts/{draftId}`, (req) => g.draftsGet(req, user(req))),
      r('gmail.drafts.update', 'PUT', `${u}/drafts/{draftId}`, (req) => g.draftsUpdate(req, user(req))),
      r('gmail.drafts.delete', 'DELETE', `${u}/drafts/{draftId}`, (req) => g.draftsDelete(req, user(req))),
      r('gmail.messages.send', 'POST', `${u}/messages/send`, (req) => g.messagesSend(req, user(req))),
      r('gmail.messages.list', 'GET', `${u}/messages`, (req) => g.messagesList(req, user(req))),
      r('gmail.messages.get', 'GET', `${u}/messages/{messageId}`, (req) => g.messagesGet(req, user(req))),
      r('gmail.history.list', 'GET', `${u}/history`, (req) => g.historyList(req, user(req))),
      r('gmail.watch', 'POST', `${u}/watch`, (req) => this.pubsub.watch(req, user(req))),
      r('gmail.stop', 'POST', `${u}/stop`, (req) => this.pubsub.stop(req, user(req))),
    ];
  }
}

/** Starts an emulator on 127.0.0.1 with a random port. */
export function startGoogleEmulator(opts: GoogleEmulatorOptions = {}): Promise<GoogleEmulator> {
  return new GoogleEmulator(opts).start();
}
