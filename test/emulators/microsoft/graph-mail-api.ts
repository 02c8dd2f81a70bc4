/**
 * Graph mail routes (docs/providers.md §9): drafts from base64 MIME (JSON drafts are not
 * emulated: agendum does not use them, and a request for one fails loudly), PATCH/DELETE,
 * `/send` (202, no body; the draft moves to Sent Items under a new id), `/sendMail`,
 * a folder by well-known name, folder listings filtered by internetMessageId, `/$value`, and
 * inbox messages/delta.
 */
import type { DeltaRounds } from './delta-rounds.js';
import { type GraphHandler, jsonBody, pageSizeOf } from './graph-api.js';
import { type EmuRequest, type EmuResponse, empty, graphError, json } from './graph-http.js';
import type { EmuUser } from './identity.js';
import { type Folder, type Mailbox, messageJson, rebuildMime, type StoredMessage } from './mailbox.js';

const FOLDERS: Folder[] = ['drafts', 'sentitems', 'inbox', 'outbox'];
const INBOX_DELTA = 'https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta';
const notFound = () =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** Decodes a base64 MIME body (`Content-Type: text/plain`), or answers Graph's error. */
function mimeFrom(req: EmuRequest): Buffer | EmuResponse {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('text/plain')) {
    return graphError(
      501,
      'NotEmulated',
      `message bodies of type ${type || 'none'} are not emulated (use MIME)`,
    );
  }
  const text = req.body.toString('utf8').replace(/\s+/g, '');
  if (!text || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    return graphError(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.');
  }
  return Buffer.from(text, 'base64');
}

/** `internetMessageId eq '<…>'`, the only $filter agendum sends to a folder. */
function filterId(filter: string | null): string | null | undefined {
  if (filter === null) return undefined;
  const m = /^internetMessageId eq '((?:[^']|'')*)'$/.exec(filter.trim());
  return m ? (m[1] as string).replace(/''/g, "'") : null;
}

/** The mail routes, by route name. */
export function mailRoutes(deps: {
  mailboxOf: (user: EmuUser) => Mailbox;
  /** The mailbox of an emulated address, for delivery. */
  mailboxAt: (address: string) => Mailbox | undefined;
  rounds: DeltaRounds;
  now: () => Date;
}): Record<string, GraphHandler> {
  const { rounds, now } = deps;

  async function deliverAndFile(box: Mailbox, draft: StoredMessage): Promise<void> {
    const sent = box.moveToSent(draft, now());
    for (const address of new Set([...sent.to, ...sent.cc, ...sent.bcc])) {
      const target = deps.mailboxAt(address);
      if (!target) continue;
      await target.store(sent.raw, 'inbox', now(), target === box ? sent.conversationId : undefined);
    }
  }

  const byId = (req: EmuRequest, user: EmuUser) => deps.mailboxOf(user).messages.get(req.params.id ?? '');

  return {
    'POST /v1.0/me/messages': async (req, { user }) => {
      const raw = mimeFrom(req);
      if (!Buffer.isBuffer(raw)) return raw;
      return json(201, messageJson(await deps.mailboxOf(user).store(raw, 'drafts', now())));
    },
    'GET /v1.0/me/messages/{id}': (req, { user }) => {
      const m = byId(req, user);
      return m ? json(200, messageJson(m)) : notFound();
    },
    'PATCH /v1.0/me/messages/{id}': (req, { user }) => {
      const m = byId(req, user);
      if (!m) return notFound();
      const body = jsonBody(req) as {
        subject?: string;
        body?: { contentType?: string; content?: string };
        toRecipients?: { emailAddress: { address: string } }[];
        ccRecipients?: { emailAddress: { address: string } }[];
      } | null;
      if (!body || !m.isDraft)
        return graphError(400, 'ErrorInvalidRequest', 'Only drafts can be updated here.');
      m.subject = body.subject ?? m.subject;
      m.to = body.toRecipients?.map((r) => r.emailAddress.address.toLowerCase()) ?? m.to;
      m.cc = body.ccRecipients?.map((r) => r.emailAddress.address.toLowerCase()) ?? m.cc;
      m.raw = rebuildMime(m.raw, {
        subject: m.subject,
        to: m.to,
        cc: m.cc,
        ...(body.body ? { body: body.body } : {}),
      });
      return json(200, messageJson(m));
    },
    'DELETE /v1.0/me/messages/{id}': (req, { user }) => {
      const box = deps.mailboxOf(user);
      return box.messages.delete(req.params.id ?? '') ? empty(204) : notFound();
    },
    'GET /v1.0/me/messages/{id}/$value': (req, { user }) => {
      const m = byId(req, user);
      return m ? { status: 200, headers: { 'content-type': 'text/plain' }, body: m.raw } : notFound();
    },
    'POST /v1.0/me/messages/{id}/send': async (req, { user }) => {
      const m = byId(req, user);
      if (!m) return notFound();
      if (!m.isDraft) return graphError(400, 'ErrorInvalidRequest', 'The message is not a draft.');
      await deliverAndFile(deps.mailboxOf(user), m);
      return empty(202);
    },
    'POST /v1.0/me/sendMail': async (req, { user }) => {
      const raw = mimeFrom(req);
      if (!Buffer.isBuffer(raw)) return raw;
      const box = deps.mailboxOf(user);
      await deliverAndFile(box, await box.store(raw, 'drafts', now()));
      return empty(202);
    },
    // $select is not applied; agendum only asks for the id, to prove the mailbox exists.
    'GET /v1.0/me/mailFolders/{folder}': (req) => {
      const folder = req.params.folder?.toLowerCase() as Folder;
      return FOLDERS.includes(folder)
        ? json(200, { id: `folder-${folder}`, displayName: folder })
        : notFound();
    },
    'GET /v1.0/me/mailFolders/{folder}/messages': (req, { user }) => {
      const folder = req.params.folder?.toLowerCase() as Folder;
      if (!FOLDERS.includes(folder)) return notFound();
      const id = filterId(req.query.get('$filter'));
      if (id === null)
        return graphError(501, 'NotEmulated', `$filter ${req.query.get('$filter')} is not emulated`);
      const top = Number(req.query.get('$top') ?? 10);
      const list = deps
        .mailboxOf(user)
        .inFolder(folder)
        .filter((m) => id === undefined || m.internetMessageId === id);
      return json(200, { value: list.slice(0, top).map(messageJson) });
    },
    'GET /v1.0/me/mailFolders/{folder}/messages/delta': (req, { user }) => {
      if (req.params.folder?.toLowerCase() !== 'inbox')
        return graphError(501, 'NotEmulated', 'only the inbox delta is emulated');
      const size = pageSizeOf(req);
      const box = deps.mailboxOf(user);
      const skip = req.query.get('$skiptoken');
      if (skip) return rounds.next(skip, user.id, INBOX_DELTA, size);
      const deltaToken = req.query.get('$deltatoken');
      let state: { userId: string; version: number; since?: string };
      if (deltaToken !== null) {
        const found = rounds.stateFor(deltaToken, user.id, INBOX_DELTA);
        if ('status' in found) return found as EmuResponse;
        state = found;
      } else {
        const filter = req.query.get('$filter');
        const since = filter ? /^receivedDateTime ge (\S+)$/.exec(filter)?.[1] : undefined;
        if (filter && !since) return graphError(501, 'NotEmulated', `$filter ${filter} is not emulated`);
        state = { userId: user.id, version: 0, ...(since ? { since } : {}) };
      }
      const items = box
        .inboxSince(state.version, state.since ? new Date(state.since) : undefined)
        .map(messageJson);
      return rounds.start(INBOX_DELTA, items, { ...state, version: box.currentVersion }, size);
    },
  };
}
