/**
 * The `agendum` command: start, migrate, render, classify-reply, doctor, sync and the team verbs. Parses arguments, loads the
 * config once, calls into the app, and turns AppErrors into one clear line and exit code.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { AppError } from './errors.js';

const USAGE = `Usage: agendum <command> [options]

Commands:
  start                      Run the service: HTTP server, calendar/inbox sync and the job runner
  migrate                    Bring the database schema up to date (start does this too)
  render --event FILE.json   Compose the agenda for a normalized event, without any provider
         [--format eml|json] (default eml; FILE may be - for standard input)
         [--language en|de|fr|es|pt|nl] (default en: the language the prospect reads)
  classify-reply [FILE|-]    Read one RFC 5322 reply; print {"intent","reply","autoReply","evidence"} as JSON
         [--meeting-start ISO --time-zone IANA]
                             The meeting it answers: a yes naming another day is not a confirm
  doctor                     Check configuration, database, templates and connections
  connect google|microsoft --email REP --refresh-token TOKEN|-
         [--name NAME] [--time-zone ZONE]
                             Connect a rep's account headlessly (- reads the token from stdin)
  disconnect google|microsoft --email REP
                             Stop the push channel and delete the tokens; history is kept
  sync --email REP           Sync the rep's calendar now, with a progress bar (plain lines when not a terminal)
  rep add --email REP [--name N] [--time-zone ZONE] [--org-domain D]...
                             Add a rep on the local provider (calendar folder data/calendars/REP/)
  signin-link --email REP    Print a one-time sign-in link (works once, for SIGNIN_LINK_MINUTES)
  api-key create --email REP [--name N]
                             Print a new API key (shown once) for Authorization: Bearer on /api/*
  api-key list [--email REP] List API keys (never the keys themselves)
  api-key revoke ID          Revoke a key
  suppress add --email ADDRESS [--whole-domain] | --domain DOMAIN
                             Never email this address (or its whole domain) again
  suppress remove --email ADDRESS | --domain DOMAIN
                             Take it off the suppression list
  suppress list              Print the suppression list

Configuration comes from environment variables; see README.md.`;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readInput(file: string): Promise<string> {
  return file === '-' ? (await readStdin()).toString('utf8') : readFile(file, 'utf8');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      const { startService } = await import('./main.js');
      const service = await startService(loadConfig());
      let stopping = false;
      const shutdown = async (signal: string) => {
        // A second signal while running jobs finish: the operator wants out now.
        if (stopping) process.exit(1);
        stopping = true;
        service.ctx.log.info('shutting down', { signal, timeoutMs: service.ctx.config.shutdownTimeoutMs });
        await service.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      if (!service.server) {
        console.log(
          `agendum worker is running (queue: ${service.ctx.jobs.engine}); no HTTP on this instance`,
        );
        return -1;
      }
      console.log(`agendum is running at ${service.ctx.config.http.publicUrl} (port ${service.port})`);
      const { signinHint } = await import('./signin-hint.js');
      console.log(await signinHint(service.ctx));
      return -1; // keep running
    }
    case 'migrate': {
      const { migrateDatabase } = await import('./db/migrate.js');
      const config = loadConfig();
      const { applied } = await migrateDatabase(config.databaseUrl);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    }
    case 'render': {
      const { values } = parseArgs({
        args: rest,
        options: {
          event: { type: 'string' },
          format: { type: 'string', default: 'eml' },
          kind: { type: 'string', default: 'agenda' },
          language: { type: 'string' },
        },
      });
      if (!values.event)
        throw new AppError('bad_request', 'render needs --event FILE.json (or --event - for stdin).');
      if (values.format !== 'eml' && values.format !== 'json') {
        throw new AppError('bad_request', `--format must be eml or json, not "${values.format}".`);
      }
      if (values.kind !== 'agenda') {
        throw new AppError('bad_request', `--kind ${values.kind} is not available yet; use --kind agenda.`);
      }
      const { renderFromCli, renderLanguage } = await import('./render-command.js');
      const language = renderLanguage(values.language);
      const out = await renderFromCli(loadConfig(), await readInput(values.event), values.format, language);
      process.stdout.write(out);
      return 0;
    }
    case 'classify-reply': {
      const { classifyReplyFromCli } = await import('./classify-reply-command.js');
      const readRaw = async (file: string) => (file === '-' ? await readStdin() : await readFile(file));
      console.log(await classifyReplyFromCli(rest, readRaw));
      return 0;
    }
    case 'connect':
    case 'disconnect': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          email: { type: 'string' },
          'refresh-token': { type: 'string' },
          name: { type: 'string' },
          'time-zone': { type: 'string' },
        },
      });
      const opts = {
        provider: positionals[0] ?? '',
        email: values.email,
        refreshToken: values['refresh-token'],
        name: values.name,
        timeZone: values['time-zone'],
      };
      const { runConnect, runDisconnect } = await import('./connect-command.js');
      const line =
        command === 'connect'
          ? await runConnect(loadConfig(), opts, async () => (await readStdin()).toString('utf8'))
          : await runDisconnect(loadConfig(), opts);
      console.log(line);
      return 0;
    }
    case 'sync': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
      const { runSync, UnknownRepError } = await import('./sync-command.js');
      try {
        const out = { write: (t: string) => process.stdout.write(t), isTTY: process.stdout.isTTY === true };
        return (await runSync(loadConfig(), values, out)) ? 0 : 1;
      } catch (err) {
        // A rep the database does not know is a usage error, like an unknown command.
        if (!(err instanceof UnknownRepError)) throw err;
        console.error(`agendum: ${err.message}`);
        return 2;
      }
    }
    case 'rep': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          'time-zone': { type: 'string' },
          'org-domain': { type: 'string', multiple: true },
        },
      });
      if (positionals[0] !== 'add')
        throw new AppError(
          'bad_request',
          'Use: agendum rep add --email REP [--name N] [--time-zone ZONE] [--org-domain D]',
        );
      const { runRepAdd } = await import('./team-commands.js');
      console.log(
        await runRepAdd(loadConfig(), {
          email: values.email,
          name: values.name,
          timeZone: values['time-zone'],
          orgDomains: values['org-domain'] ?? [],
        }),
      );
      return 0;
    }
    case 'signin-link': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
      const { runSigninLink } = await import('./team-commands.js');
      console.log(await runSigninLink(loadConfig(), values.email));
      return 0;
    }
    case 'api-key': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { email: { type: 'string' }, name: { type: 'string' } },
      });
      const { runApiKey } = await import('./team-commands.js');
      console.log(await runApiKey(loadConfig(), positionals[0], { ...values, id: positionals[1] }));
      return 0;
    }
    case 'suppress': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          email: { type: 'string' },
          domain: { type: 'string' },
          'whole-domain': { type: 'boolean' },
        },
      });
      const { runSuppress } = await import('./suppression-commands.js');
      const opts = { email: values.email, domain: values.domain, wholeDomain: values['whole-domain'] };
      console.log(await runSuppress(loadConfig(), positionals[0], opts));
      return 0;
    }
    case 'doctor': {
      const { runDoctor } = await import('./doctor.js');
      const report = await runDoctor(process.env);
      console.log(report.lines.join('\n'));
      return report.ok ? 0 : 1;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof AppError) {
      console.error(`agendum: ${err.message}`);
      process.exitCode = err.code === 'config_invalid' ? 78 : 1;
    } else {
      console.error(err);
      process.exitCode = 1;
    }
  },
);
