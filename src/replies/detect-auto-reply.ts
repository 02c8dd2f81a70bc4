/**
 * Whether a message was sent by a machine rather than the prospect: RFC 3834
 * `Auto-Submitted`, the de-facto auto-responder headers, out-of-office subjects and body
 * wording in the languages we support, and bounces.
 */
import { AUTO_REPLY_WORDING } from './auto-reply-wording.js';
import type { ParsedInbound } from './parse-inbound.js';

/** What detection reads; `reply` is the stripped new text, when known. */
export type AutoReplyInput = Pick<ParsedInbound, 'headers' | 'subject' | 'text' | 'isBounce'> & {
  reply?: string;
};

/** Subjects auto-responders set; the short words only count as a prefix with a colon. */
const OOO_SUBJECT =
  /^\s*((auto|ooo|absence|absent|abwesend|ausente|afwezig)\s*:|(automatic reply|auto-?reply|auto-?response|out of (the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|fuera de la oficina|resposta automática|fora do escritório|automatisch antwoord)(?![\p{L}]))/iu;
const OOO_SUBJECT_ANYWHERE =
  /(?<![\p{L}])(out of (the )?office|automatic reply|auto-?reply|abwesenheitsnotiz|réponse automatique|respuesta automática|resposta automática|automatisch antwoord)(?![\p{L}])/iu;

function header(input: AutoReplyInput, name: string): string | undefined {
  return input.headers.get(name)?.trim();
}

function fromHeaders(input: AutoReplyInput): string | undefined {
  const submitted = header(input, 'auto-submitted');
  if (submitted && submitted.split(';')[0]?.trim().toLowerCase() !== 'no')
    return `Auto-Submitted: ${submitted}`;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply']) {
    const value = header(input, name);
    if (value !== undefined && value.toLowerCase() !== 'no') return `${name}: ${value}`;
  }
  const precedence = header(input, 'precedence')?.toLowerCase();
  if (precedence && /^(auto_reply|bulk|junk)$/.test(precedence)) return `Precedence: ${precedence}`;
  const exchange = header(input, 'x-ms-exchange-generated-message-source');
  if (exchange) return `X-MS-Exchange-Generated-Message-Source: ${exchange}`;
  return undefined;
}

function fromSubject(input: AutoReplyInput): string | undefined {
  const subject = input.subject.replace(/^\s*((re|aw|wg|fw|fwd|tr|rv|res|sv)\s*:\s*)+/i, '');
  if (!OOO_SUBJECT.test(subject) && !OOO_SUBJECT_ANYWHERE.test(subject)) return undefined;
  const suppress = header(input, 'x-auto-response-suppress');
  const subjectEvidence = `subject "${input.subject.slice(0, 80)}"`;
  return suppress ? `X-Auto-Response-Suppress: ${suppress} with ${subjectEvidence}` : subjectEvidence;
}

function fromBody(input: AutoReplyInput): string | undefined {
  const body = (input.reply ?? input.text).trim();
  // Out-of-office notices are short and say it up front; a long reply that mentions
  // being away somewhere in the middle is a person writing.
  if (body.length > 1500) return undefined;
  const head = body.slice(0, 400);
  const hit = AUTO_REPLY_WORDING.map((re) => re.exec(head)).find(Boolean);
  return hit ? `body says "${hit[0]}"` : undefined;
}

/** How an automatic reply was recognised; `body` is the weakest signal (a person may write it). */
export type AutoReplySignal = 'bounce' | 'header' | 'subject' | 'body';

/** Whether the message is automatic, with the header, subject or wording that shows it. */
export function detectAutoReply(input: AutoReplyInput): {
  autoReply: boolean;
  evidence?: string;
  signal?: AutoReplySignal;
} {
  if (input.isBounce)
    return { autoReply: true, evidence: 'bounce (delivery status notification)', signal: 'bounce' };
  const checks: [AutoReplySignal, (i: AutoReplyInput) => string | undefined][] = [
    ['header', fromHeaders],
    ['subject', fromSubject],
    ['body', fromBody],
  ];
  for (const [signal, check] of checks) {
    const evidence = check(input);
    if (evidence) return { autoReply: true, evidence, signal };
  }
  return { autoReply: false };
}
