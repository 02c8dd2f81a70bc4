/**
 * The network client MSAL uses for discovery and token requests. msal-node refuses any
 * authority that is not https (`authority_uri_insecure`, docs/providers.md §5.4), so MSAL always
 * talks to the production origin and this client rewrites it to the configured
 * MICROSOFT_AUTHORITY_HOST (an http emulator in tests, or a proxy). With the default host the
 * rewrite is a no-op. Nothing outside this file knows the difference.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** The origin MSAL is configured with; its built-in endpoint metadata is for this host. */
export const MICROSOFT_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

const TOKEN_TIMEOUT_MS = 30_000;

/** Rewrites a URL on the production login origin to `authorityHost`. */
export function toAuthorityHost(url: string, authorityHost: string): string {
  return url.startsWith(MICROSOFT_LOGIN_ORIGIN)
    ? authorityHost + url.slice(MICROSOFT_LOGIN_ORIGIN.length)
    : url;
}

/**
 * MSAL's own HTTP client parses the body as JSON and, when that fails, builds an error body;
 * this does the same so MSAL's error handling (ServerError, throttling) sees what it expects.
 */
async function toNetworkResponse<T>(res: Response): Promise<NetworkResponse<T>> {
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = {
      error: res.status >= 500 ? 'server_error' : res.status >= 400 ? 'client_error' : 'unknown_error',
      error_description: `The identity endpoint answered HTTP ${res.status} without JSON.`,
    };
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { headers, body: body as T, status: res.status };
}

/** A fetch-based INetworkModule that sends MSAL's requests to `authorityHost`. */
export function createMsalNetworkClient(authorityHost: string): INetworkModule {
  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options: NetworkRequestOptions | undefined,
    timeoutMs: number,
  ): Promise<NetworkResponse<T>> => {
    const res = await fetch(toAuthorityHost(url, authorityHost), {
      method,
      headers: options?.headers,
      body: method === 'POST' ? (options?.body ?? '') : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return toNetworkResponse<T>(res);
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout ?? TOKEN_TIMEOUT_MS),
    sendPostRequestAsync: (url, options) => send('POST', url, options, TOKEN_TIMEOUT_MS),
  };
}
