/**
 * Gives every request an id: the one a proxy in front sent in `X-Request-Id` when it looks
 * like an id, a fresh UUID otherwise. The id goes back in the response header (so a user or
 * a proxy log can quote it) and onto every line `req.log` writes.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import type { Logger } from '../log.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id (`X-Request-Id`), set by `requestId()`. */
    requestId: string;
    /** The context's logger bound to this request: `{ req: <id> }` on every line. */
    log: Logger;
  }
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

// UUIDs, hex trace ids, ULIDs and the like. The header is client-controlled when no proxy
// sets it: a bounded charset keeps it from carrying spaces, quotes or an address into logs.
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming id when it is sane, else a new one. */
export function chooseRequestId(incoming: string | undefined, newId: () => string = randomUUID): string {
  return incoming !== undefined && SANE_ID.test(incoming) ? incoming : newId();
}

/** Middleware setting `req.requestId`, the response's `X-Request-Id` and `req.log`. */
export function requestId(ctx: Pick<AppContext, 'log'>, newId: () => string = randomUUID): RequestHandler {
  return (req, res, next) => {
    const id = chooseRequestId(req.get(REQUEST_ID_HEADER), newId);
    req.requestId = id;
    req.log = ctx.log.child({ req: id });
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
