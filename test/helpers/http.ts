/** Serves the real express app of a harness on a loopback port. */
import type { Server } from 'node:http';
import express from 'express';
import { simpleParser } from 'mailparser';
import type { AppContext } from '../../src/context.js';
import { createApp } from '../../src/http/app.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1 with a random port. */
export function serveApp(ctx: AppContext): Promise<TestServer> {
  return listenOnLoopback(createApp(ctx));
}

/** Serves one router alone on 127.0.0.1 with a random port (routes not yet in the app). */
export function serveRouter(router: express.Router): Promise<TestServer> {
  return listenOnLoopback(express().use(router));
}

async function listenOnLoopback(app: express.Express): Promise<TestServer> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The path of the first agendum action link (`/a/…` or `/c/…`) in a raw email. */
export async function actionPathIn(raw: Buffer, kind: 'a' | 'c'): Promise<string> {
  const mail = await simpleParser(raw);
  const match = (mail.text ?? '').match(new RegExp(`https?://[^\\s/]+(/${kind}/[A-Za-z0-9_.-]+)`));
  if (!match?.[1]) throw new Error(`no /${kind}/ link in the email:\n${mail.text}`);
  return match[1];
}

/** POSTs a form. */
export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}
