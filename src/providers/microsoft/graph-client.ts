/**
 * The Graph SDK client and the one way we call it. The SDK's default chain would retry
 * JSON POSTs on 429/503/504 (RetryHandler, docs/providers.md §6.2), which can send an email
 * twice, and stacking our own policy on top would multiply attempts; so the chain here has
 * no RetryHandler and every call goes through `callGraph`, which applies retry.ts once.
 *
 * URLs stay on https://graph.microsoft.com so the SDK attaches Authorization (it strips it
 * for plain-http hosts, §6.3) and absolute @odata.nextLink values parse; the terminal
 * middleware rewrites that origin to MICROSOFT_GRAPH_BASE_URL.
 */
import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { ProviderRequest } from '../oauth-types.js';
import { withRetries } from '../retry.js';
import { classifyGraphError, GraphTransportError, isNetworkFailure, isUnauthorized } from './graph-errors.js';
import type { AccessTokenSource } from './msal-client.js';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** Sent on every request: ids that survive folder moves (docs/providers.md §9.5). */
export const PREFER_IMMUTABLE_ID = 'IdType="ImmutableId"';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The last middleware: fetch, on the configured origin, with a timeout. Every request of
 * the client passes here, so this is where each is reported (`onRequest`, metrics).
 */
class OriginFetchHandler implements Middleware {
  constructor(
    private readonly origin: string,
    private readonly timeoutMs: number,
    private readonly onRequest?: (request: ProviderRequest) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const target = url.startsWith(GRAPH_ORIGIN) ? this.origin + url.slice(GRAPH_ORIGIN.length) : url;
    const options = context.options ?? {};
    const method = options.method ?? 'GET';
    try {
      context.response = await fetch(target, {
        ...(options as RequestInit),
        signal: options.signal ?? AbortSignal.timeout(this.timeoutMs),
      });
      this.onRequest?.({ method, url, status: context.response.status });
    } catch (err) {
      this.onRequest?.({ method, url, status: 'error' });
      // The SDK keeps only the name and message of what we throw, so a socket failure is
      // renamed here, while its cause is still visible (graph-errors.ts classifies by name).
      throw isNetworkFailure(err) ? new GraphTransportError((err as Error).cause) : err;
    }
  }
}

/** A Graph client: auth → telemetry → fetch on `graphBaseUrl`. */
export function createGraphClient(opts: {
  graphBaseUrl: string;
  tokens: AccessTokenSource;
  timeoutMs?: number;
  /** Told of every request, answered or not (metrics). */
  onRequest?: (request: ProviderRequest) => void;
}): Client {
  const auth = new AuthenticationHandler({ getAccessToken: () => opts.tokens.recentAccessToken() });
  const telemetry = new TelemetryHandler();
  const terminal = new OriginFetchHandler(
    opts.graphBaseUrl,
    opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    opts.onRequest,
  );
  auth.setNext(telemetry);
  telemetry.setNext(terminal);
  return Client.initWithMiddleware({
    middleware: auth,
    fetchOptions: { headers: { Prefer: PREFER_IMMUTABLE_ID } },
  });
}

export interface CallOptions {
  /**
   * The request must not run twice (it sends mail): only a refused request (429) is
   * repeated; after a timeout or 5xx only the Sent Items lookup may decide.
   */
  once?: boolean;
}

export type GraphCall = <T>(
  what: string,
  fn: (client: Client) => Promise<T>,
  opts?: CallOptions,
) => Promise<T>;

/**
 * The caller of one connection. A 401 is retried once with a forced token refresh (the
 * access token was revoked before it expired); a refused refresh becomes needs_reauth.
 */
export function createGraphCall(deps: {
  client: Client;
  tokens: AccessTokenSource;
  sleep?: (ms: number) => Promise<void>;
}): GraphCall {
  return (what, fn, opts = {}) =>
    withRetries(
      what,
      async () => {
        // The SDK turns any error of the auth provider into a GraphError without a status,
        // which would hide needs_reauth; acquiring first lets our AppError through as is
        // (MSAL then serves the SDK's own request from its cache).
        await deps.tokens.getAccessToken();
        try {
          return await fn(deps.client);
        } catch (err) {
          if (!isUnauthorized(err)) throw err;
          deps.tokens.invalidate();
          await deps.tokens.getAccessToken();
          return await fn(deps.client);
        }
      },
      {
        classify: classifyGraphError,
        retryUnavailable: !opts.once,
        attempts: 3,
        maxInlineWaitMs: 30_000,
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
      },
    );
}
