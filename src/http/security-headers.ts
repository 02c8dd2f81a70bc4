/**
 * The headers every response gets. The pages are server-rendered with one inline `<style>`
 * (the approval page a second one) and at most one inline script, so the
 * Content-Security-Policy allows exactly those, by hash, and nothing else: an event title
 * that slipped past escaping still could not run. The hashes are computed here, at load,
 * from the very constants the pages write, so the header cannot drift from the page.
 */
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';
import { PAGE_STYLE } from './html.js';
import { APPROVAL_STYLE, LIVE_PREVIEW } from './pages/approval-page.js';
import { SYNC_PROGRESS_SCRIPT } from './pages/sync-progress-script.js';
import { TEMPLATE_EDITOR_SCRIPT } from './pages/template-editor-script.js';

/** Every inline script a page may pass to `layout(…, { script })`; others are blocked. */
const INLINE_SCRIPTS: readonly string[] = [LIVE_PREVIEW, SYNC_PROGRESS_SCRIPT, TEMPLATE_EDITOR_SCRIPT];

/** Every inline stylesheet a page writes, in page order; others are blocked. */
const INLINE_STYLES: readonly string[] = [PAGE_STYLE, APPROVAL_STYLE];

/** A CSP source expression for inline text: `'sha256-<base64>'` of its UTF-8 bytes. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The policy's directives (also read by the tests). */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'style-src': INLINE_STYLES.map(cspHash),
  'script-src': INLINE_SCRIPTS.map(cspHash),
  // The live preview posts the form to ./preview; the connections page reads its progress
  // endpoint; the template editor posts to /api/templates/preview.
  'connect-src': ["'self'"],
  // Chromium also checks the redirect after a submission; every form here posts to us and
  // is redirected to us (sign-in → /, sign-out → /signin). OAuth starts with a plain link.
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:'],
  // The approval and action pages frame the draft's HTML part, served by us with a policy
  // of its own (preview-frame.ts).
  'frame-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

// Powerful features no page of ours uses, denied so nothing injected can ask for them.
// (helmet does not set Permissions-Policy.) Only features Chromium 156 knows: an unknown
// name (bluetooth, battery, web-share…) makes it log a warning on every page.
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

/** The Permissions-Policy value: every listed feature allowed to no origin. */
export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(', ');

/** What helmet does not cover: Permissions-Policy, and no caching of pages that hold secrets. */
function extraHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  // Pages show drafts and carry action tokens; a shared machine's cache must not keep them.
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * The security headers middleware. HSTS only when PUBLIC_URL is https: over plain http
 * (localhost, the demo) browsers ignore it anyway, and a proxy-terminated https install
 * says so in PUBLIC_URL.
 */
export function securityHeaders(config: Pick<Config, 'http'>): RequestHandler[] {
  const https = new URL(config.http.publicUrl).protocol === 'https:';
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      // The links carry secrets in their path: no Referer may leave with them.
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      // One host, not its siblings: PUBLIC_URL may sit on a domain with http-only subdomains.
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    }),
    extraHeaders,
  ];
}
