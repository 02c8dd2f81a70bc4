/**
 * What an OAuth provider (Google, Microsoft) needs from the core and gives back. The core
 * owns storage and encryption of tokens; a provider only sees its own decrypted token set,
 * validates its shape, and asks for it to be saved whenever the SDK refreshed it.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

/** A provider's own token set (refresh token, MSAL cache…), as plain JSON. */
export type StoredTokens = Record<string, unknown>;

/** One connection's encrypted token storage. */
export interface TokenStore {
  /** The current token set; throws AppError('needs_reauth') when there is none. */
  load(): Promise<StoredTokens>;
  /** Replaces the token set (encrypted at rest). */
  save(tokens: StoredTokens): Promise<void>;
}

/** The parts of a Connection a provider factory needs. */
export interface ProviderConnection {
  id: string;
  rep: { email: string };
}

/** One HTTP request a provider's SDK made: what metrics count (never a body or a token). */
export interface ProviderRequest {
  method: string;
  url: string;
  /** The HTTP status, or `error` when no answer came (timeout, refused connection). */
  status: number | 'error';
}

/** Everything a provider factory receives. */
export interface ProviderDeps {
  connection: ProviderConnection;
  config: Config;
  tokens: TokenStore;
  log: Logger;
  /** Injectable wait, so tests of Retry-After handling need not sleep for real. */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every HTTP request the SDK makes for this connection, answered or not (metrics). */
  onRequest?: (request: ProviderRequest) => void;
  /** The service's clock, for what a provider times itself (the Gmail watch's renewal). */
  clock?: () => Date;
}

/** Who connected, as the provider reports it. */
export interface ConnectedAccount {
  email: string;
  /**
   * The provider's id of the account (Microsoft: MSAL's homeAccountId, `oid.tid`, stable;
   * Google: the Gmail address Google reports for the mailbox — verified by Google, but a
   * Workspace admin could give a deleted address to someone else). A connection stays bound
   * to it: signing in with another account cannot take an existing connection over.
   */
  accountId?: string;
  name?: string;
  /** IANA zone of the rep's calendar, when the provider says (Windows names already mapped). */
  timeZone?: string;
  tokens: StoredTokens;
}

/** The authorization-code flow and the headless refresh-token path of one provider. */
export interface OAuthFlow {
  readonly provider: 'google' | 'microsoft';
  /** The provider's consent URL; `state` comes back unchanged to the callback. */
  authUrl(state: string, loginHint?: string): Promise<string>;
  /** Exchanges the callback's code for tokens and tells who signed in. */
  exchangeCode(code: string): Promise<ConnectedAccount>;
  /**
   * Builds a token set from a refresh token (`agendum connect`), checking it works by
   * refreshing once: a revoked token fails here with AppError('needs_reauth').
   */
  fromRefreshToken(email: string, refreshToken: string): Promise<ConnectedAccount>;
}
