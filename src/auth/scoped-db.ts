/**
 * The one place that scopes reads by rep. Routes that serve a signed-in viewer get this
 * client instead of `ctx.db`: every meeting, message, step, connection and contact query is
 * narrowed to the viewer's rep (admins see everyone), so forgetting a filter is not possible.
 * Another rep's row is then simply not found, which the edges answer with 404.
 */
import type { Db } from '../db/client.js';
import type { Viewer } from './viewer.js';

type Where = Record<string, unknown> | undefined;

/** `where` narrowed by `scope`; unique lookups keep their unique field at the top level. */
function narrow(operation: string, where: Where, scope: Record<string, unknown>): Record<string, unknown> {
  if (operation === 'findUnique' || operation === 'findUniqueOrThrow' || operation === 'upsert') {
    return { ...(where ?? {}), AND: [scope] };
  }
  return where ? { AND: [where, scope] } : scope;
}

const READS_AND_WRITES = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
]);

/** A client whose meeting/message/step/connection/contact queries only see `viewer`'s rep. */
export function scopedDb(db: Db, viewer: Viewer): Db {
  if (viewer.isAdmin) return db;
  const repId = viewer.repId;
  const scopes: Record<string, Record<string, unknown>> = {
    meeting: { repId },
    message: { repId },
    connection: { repId },
    step: { meeting: { repId } },
    confirmation: { meeting: { repId } },
    outcome: { meeting: { repId } },
    contact: { account: { meetings: { some: { repId } } } },
    account: { meetings: { some: { repId } } },
    rep: { id: repId },
  };
  return db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const scope = scopes[model.charAt(0).toLowerCase() + model.slice(1)];
          if (!scope) return query(args);
          if (operation === 'create' || operation === 'createMany' || operation === 'upsert') {
            throw new Error(
              `scopedDb: ${model}.${operation} is not allowed on a viewer's client; use a workflow`,
            );
          }
          const a = args as { where?: Where };
          if (READS_AND_WRITES.has(operation)) a.where = narrow(operation, a.where, scope);
          return query(a as typeof args);
        },
      },
    },
  }) as unknown as Db;
}
