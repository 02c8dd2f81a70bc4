/**
 * The one place that scopes reads by rep. Routes that serve a signed-in viewer get this
 * client instead of `ctx.db`: every meeting, message, step, connection and contact query is
 * narrowed to the viewer's rep (admins see everyone), so forgetting a filter is not possible.
 * Another rep's row is then simply not found, which the edges answer with 404.
 *
 * It fails closed: only listed reads (and updateMany/deleteMany on rows a rep owns) pass;
 * any other operation, any model without a scope, raw SQL, and any relation that leads out
 * of the viewer's rows throw. Writes are workflows on `ctx.db` after a lookup through here.
 */
import type { Db } from '../db/client.js';
import type { Prisma } from '../db/types.js';
import type { Viewer } from './viewer.js';

type Where = Record<string, unknown>;
type ScopedModel =
  | 'Rep'
  | 'Connection'
  | 'Account'
  | 'Contact'
  | 'Meeting'
  | 'Message'
  | 'Confirmation'
  | 'Outcome'
  | 'Step';
/** A model's relation fields and their target models; the compiler checks it lists all of them. */
type Relations<Include> = Record<Exclude<keyof Include, '_count'>, Prisma.ModelName>;

/**
 * Every relation of every scoped model, so include/select/where/orderBy trees can be walked.
 * Written out (not read from Prisma's internal datamodel) and checked against the generated
 * `…Include` types: a relation added to the schema is a compile error here until listed.
 */
const RELATIONS: { [M in ScopedModel]: Record<string, Prisma.ModelName> } = {
  Rep: {
    connections: 'Connection',
    meetings: 'Meeting',
    messages: 'Message',
    sessions: 'Session',
    signinLinks: 'SigninLink',
    apiKeys: 'ApiKey',
    signinIdentities: 'SigninIdentity',
  } satisfies Relations<Prisma.RepInclude>,
  Connection: {
    rep: 'Rep',
    meetings: 'Meeting',
    inboundSeen: 'InboundSeen',
  } satisfies Relations<Prisma.ConnectionInclude>,
  Account: { contacts: 'Contact', meetings: 'Meeting' } satisfies Relations<Prisma.AccountInclude>,
  Contact: { account: 'Account' } satisfies Relations<Prisma.ContactInclude>,
  Meeting: {
    rep: 'Rep',
    connection: 'Connection',
    account: 'Account',
    messages: 'Message',
    steps: 'Step',
    confirmations: 'Confirmation',
    outcome: 'Outcome',
  } satisfies Relations<Prisma.MeetingInclude>,
  Message: {
    rep: 'Rep',
    meeting: 'Meeting',
    confirmations: 'Confirmation',
  } satisfies Relations<Prisma.MessageInclude>,
  Confirmation: { meeting: 'Meeting', message: 'Message' } satisfies Relations<Prisma.ConfirmationInclude>,
  Outcome: { meeting: 'Meeting' } satisfies Relations<Prisma.OutcomeInclude>,
  Step: { meeting: 'Meeting' } satisfies Relations<Prisma.StepInclude>,
};

/** What the viewer may see of each model. A model missing here (sessions, keys, tokens, leases, any new one) is unreachable. */
function scopesFor(repId: string): Record<string, Where> {
  return {
    Rep: { id: repId },
    Meeting: { repId },
    Message: { repId },
    Connection: { repId },
    Step: { meeting: { repId } },
    Confirmation: { meeting: { repId } },
    Outcome: { meeting: { repId } },
    Contact: { account: { meetings: { some: { repId } } } },
    Account: { meetings: { some: { repId } } },
  } satisfies Record<ScopedModel, Where>;
}

const READS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);
const BULK_WRITES = new Set(['updateMany', 'deleteMany']);
/**
 * Bulk writes only where every row belongs to one rep. Account and Contact rows are shared
 * between reps (one Account per prospect domain), and the viewer's Rep row holds `isAdmin`.
 */
const REP_OWNED = new Set(['Meeting', 'Message', 'Connection', 'Step', 'Confirmation', 'Outcome']);
/**
 * Keys that tie a row to a rep, meeting or account (and Message.messageId, the exactly-once
 * key): a bulk write setting them could move an own row into another rep's data.
 */
const OWNER_COLUMNS = new Set(['id', 'repId', 'connectionId', 'meetingId', 'messageId', 'accountId']);
/** Argument trees that can name relations. Top-level `_count` of aggregate/groupBy counts rows, not relations. */
const TREE_ARGS = ['where', 'cursor', 'orderBy', 'having', 'select', 'include'] as const;
/** Shared rows: any relation from them reaches every rep's meetings and contacts. */
const SHARED = new Set(['Account']);

function refuse(what: string, why: string): Error {
  return new Error(
    `scopedDb: ${what} is not allowed on a viewer's client (${why}); look the row up through it, then use a workflow on ctx.db`,
  );
}

function checkRelation(model: string, field: string, target: string): void {
  if (SHARED.has(model)) throw refuse(`${model}.${field}`, `${model} rows are shared between reps`);
  if (!(target in RELATIONS)) throw refuse(`${model}.${field}`, `${target} is not per-rep data`);
}

/**
 * Walks an argument tree under `model`: a relation key moves to its target model, any other
 * key (operators, `some`, `include`, scalar filters) stays on the same model. Values under
 * scalar keys are walked too: a Json filter whose keys name relations is refused, which is
 * the safe side of that ambiguity.
 */
function checkTree(model: string, node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) checkTree(model, item);
    return;
  }
  if (node === null || typeof node !== 'object' || node instanceof Date) return;
  const relations: Record<string, string> = RELATIONS[model as ScopedModel] ?? {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === false) continue;
    const target = relations[key];
    if (target) {
      checkRelation(model, key, target);
      checkTree(target, value);
    } else if (key === '_count' && value === true) {
      // `_count: true` counts every relation of the model.
      for (const [field, to] of Object.entries(relations)) checkRelation(model, field, to);
    } else {
      checkTree(model, value);
    }
  }
}

/** `where` narrowed by `scope`; unique lookups keep their unique field at the top level. */
function narrow(operation: string, where: Where | undefined, scope: Where): Where {
  if (operation === 'findUnique' || operation === 'findUniqueOrThrow') {
    // Prisma ≥5 takes non-unique filters beside the unique field: `{ id, AND: [scope] }`.
    const and = where?.AND === undefined ? [] : [where.AND].flat();
    return { ...where, AND: [...and, scope] };
  }
  return where ? { AND: [where, scope] } : scope;
}

/** The arguments `model.operation` runs with on the viewer's client, or the reason it may not run. */
function scopeArgs(
  scopes: Record<string, Where>,
  model: string | undefined,
  operation: string,
  args: unknown,
): Where {
  if (!model) throw refuse(operation, 'raw SQL is not scoped');
  const scope = scopes[model];
  if (!scope) throw refuse(`${model}.${operation}`, `${model} is not per-rep data`);
  const bulkWrite = BULK_WRITES.has(operation) && REP_OWNED.has(model);
  if (!READS.has(operation) && !bulkWrite)
    throw refuse(`${model}.${operation}`, 'only reads and bulk writes are scoped');
  const a = { ...(args as Where) };
  for (const key of TREE_ARGS) checkTree(model, a[key]);
  const owner = Object.keys((a.data as Where | undefined) ?? {}).find((k) => OWNER_COLUMNS.has(k));
  if (owner) throw refuse(`${model}.${operation} of ${owner}`, 'it decides whose the row is');
  a.where = narrow(operation, a.where as Where | undefined, scope);
  return a;
}

/** A client whose queries only see `viewer`'s rep and which refuses everything it cannot scope. */
export function scopedDb(db: Db, viewer: Viewer): Db {
  if (viewer.isAdmin) return db;
  const scopes = scopesFor(viewer.repId);
  return db.$extends({
    query: {
      // The top-level hook sees model operations, raw queries (no model) and every query
      // of an interactive `$transaction`, whose `tx` carries this extension: one gate for all.
      async $allOperations({ model, operation, args, query }) {
        return query(scopeArgs(scopes, model, operation, args) as typeof args);
      },
    },
  }) as unknown as Db;
}
