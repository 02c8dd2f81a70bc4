/**
 * `agendum classify-reply [FILE|-] [--meeting-start ISO --time-zone IANA]`: reads one raw
 * reply as the inbox does and prints what agendum makes of it. With the meeting, a yes that
 * names another day than the meeting's is not read as a confirmation of it.
 */
import { parseArgs } from 'node:util';
import { AppError } from './errors.js';
import type { MeetingTime } from './replies/meeting-day.js';

/** The meeting given on the command line, checked; undefined when none is given. */
export function meetingFromArgs(start?: string, timeZone?: string): MeetingTime | undefined {
  if (start === undefined && timeZone === undefined) return undefined;
  if (start === undefined || timeZone === undefined) {
    throw new AppError(
      'bad_request',
      'classify-reply needs --meeting-start and --time-zone together, e.g. --meeting-start 2026-03-03T15:00:00Z --time-zone America/New_York.',
    );
  }
  const at = new Date(start);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start) || Number.isNaN(at.getTime())) {
    throw new AppError(
      'bad_request',
      `--meeting-start must be an ISO 8601 time such as 2026-03-03T15:00:00Z, not "${start}".`,
    );
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new AppError(
      'bad_request',
      `--time-zone must be an IANA zone such as Europe/Berlin, not "${timeZone}".`,
    );
  }
  return { start: at, timeZone };
}

/** Reads the reply in `raw` and returns the JSON line the command prints. */
export async function classifyReplyFromCli(
  args: string[],
  readRaw: (file: string) => Promise<Buffer>,
): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'meeting-start': { type: 'string' }, 'time-zone': { type: 'string' } },
  });
  const meeting = meetingFromArgs(values['meeting-start'], values['time-zone']);
  const { readReply } = await import('./replies/read-reply.js');
  const r = await readReply(await readRaw(positionals[0] ?? '-'), meeting ? { meeting } : {});
  return JSON.stringify({ intent: r.intent, reply: r.reply, autoReply: r.autoReply, evidence: r.evidence });
}
