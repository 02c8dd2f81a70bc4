/**
 * The session cookie. Over https it is `__Host-` prefixed and `Secure`, so no subdomain and
 * no plain-http page can set or read it; always `HttpOnly` and `SameSite=Lax`.
 */
import type { Request, Response } from 'express';
import type { Config } from '../../config.js';

const isHttps = (config: Config) => config.http.publicUrl.startsWith('https:');

/** The cookie's name for this deployment. */
export function sessionCookieName(config: Config): string {
  return isHttps(config) ? '__Host-agendum_session' : 'agendum_session';
}

/** One cookie's value from the request, or undefined. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Sets the session cookie for `maxAgeMs`. */
export function setSessionCookie(res: Response, config: Config, value: string, maxAgeMs: number): void {
  const secure = isHttps(config) ? '; Secure' : '';
  res.append(
    'Set-Cookie',
    `${sessionCookieName(config)}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(maxAgeMs / 1000)}${secure}`,
  );
}

/** Removes the session cookie. */
export function clearSessionCookie(res: Response, config: Config): void {
  const secure = isHttps(config) ? '; Secure' : '';
  res.append(
    'Set-Cookie',
    `${sessionCookieName(config)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`,
  );
}
