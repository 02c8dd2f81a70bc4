/**
 * The OAuth providers this build has, in one explicit list (no file scanning). Each module
 * builds a connection's providers and its OAuth flow; the registry picks one by name.
 */
import type { Config } from '../config.js';
import { googleProvider } from './google/index.js';
import { microsoftProvider } from './microsoft/index.js';
import type { OAuthFlow, ProviderDeps } from './oauth-types.js';
import type { ConnectionProviders } from './types.js';

export type OAuthProviderName = 'google' | 'microsoft';

export interface OAuthProviderModule {
  /** The human name used in messages ("Google Workspace"). */
  label: string;
  /** True when the admin configured this provider's OAuth client. */
  isConfigured(config: Config): boolean;
  /** The environment variables that configure it, for error messages and `doctor`. */
  configVariables: string[];
  createProviders(deps: ProviderDeps): ConnectionProviders;
  /** The consent flow; only called when `isConfigured`. */
  createOAuthFlow(config: Config): OAuthFlow;
}

export const OAUTH_PROVIDERS: Partial<Record<OAuthProviderName, OAuthProviderModule>> = {
  google: googleProvider,
  microsoft: microsoftProvider,
};
