/**
 * `agendum suppress add|remove|list`: the admin's hand on the suppression list, in the
 * style of team-commands.ts. Anyone who can run the CLI on the server is an admin already
 * (it reads the database directly). Prints what changed, never more addresses than asked.
 */
import type { Config } from './config.js';
import { createContext } from './create-context.js';
import { AppError } from './errors.js';
import { createLogger } from './log.js';
import { adminSuppressionTarget } from './messages/suppression-target.js';
import { suppressRecipient, unsuppressRecipient } from './workflows/outbound/suppress-recipient.js';

export interface SuppressOptions {
  email?: string;
  domain?: string;
  wholeDomain?: boolean;
}

const USE =
  'Use: agendum suppress add --email ADDRESS [--whole-domain] | --domain DOMAIN, agendum suppress remove (the same), or agendum suppress list';

/** Runs one `suppress` action; returns the lines to print. */
export async function runSuppress(
  config: Config,
  action: string | undefined,
  opts: SuppressOptions,
): Promise<string> {
  if (action !== 'add' && action !== 'remove' && action !== 'list') throw new AppError('bad_request', USE);
  const target = action === 'list' ? null : adminSuppressionTarget(opts);
  const ctx = await createContext(config, { log: createLogger('warn') });
  try {
    if (target && action === 'add') {
      const { added, withdrawn } = await suppressRecipient(ctx, target, 'admin');
      const what = target.kind === 'domain' ? `every address at ${target.value}` : target.value;
      const held = withdrawn.length ? ` ${withdrawn.length} waiting email(s) withdrawn.` : '';
      return `${added ? 'Suppressed' : 'Already suppressed'}: agendum sends nothing more to ${what}.${held}`;
    }
    if (target) {
      if (!(await unsuppressRecipient(ctx, target))) {
        throw new AppError(
          'not_found',
          `${target.value} is not on the suppression list (see agendum suppress list).`,
        );
      }
      return `Removed ${target.value} from the suppression list: new emails to it are drafted as usual.`;
    }
    const rows = await ctx.db.suppression.findMany({ orderBy: [{ kind: 'asc' }, { value: 'asc' }] });
    if (rows.length === 0) return 'The suppression list is empty.';
    return rows.map((r) => `${r.kind}  ${r.value}  (${r.source}, ${r.createdAt.toISOString()})`).join('\n');
  } finally {
    await ctx.db.$disconnect();
  }
}
