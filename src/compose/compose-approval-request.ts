/** The email to the rep asking them to approve, edit or skip a draft before it goes out. */
import { toBodyText, toHeaderText } from './clean-text.js';
import { type DisputedNextStepInput, disputedNextStepNote } from './disputed-next-step-note.js';
import { firstNameFor } from './names.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** What the rep needs to decide on a draft. */
export interface ApprovalRequestInput {
  /** `timeZone` (the rep's) is used for times; the meeting's zone otherwise. */
  rep: { name: string; email: string; timeZone?: string };
  /** The draft as it will be sent; `kind` names it in the subject ("agenda" by default). */
  draft: { subject: string; text: string; to: string[]; cc?: string[]; kind?: 'agenda' | 'recap' };
  meeting?: { title: string; start: Date; end: Date; timeZone: string };
  /** Shown as is: why this is a prospect meeting, and where the point came from. */
  reasons: { classification: string; pointSource: string };
  /** The signed `/a/:token` page; only a POST there acts. */
  approveUrl: string;
  /** When the draft is due to go out. */
  dueAt?: Date;
  /**
   * An agenda only: the last recap's next step with this account, held back from this
   * meeting's point because the prospect disputes it. Absent when there is none.
   */
  disputedNextStep?: DisputedNextStepInput;
  /** Prospects at the meeting the draft does not go to, and why (they opted out, they bounce). */
  leftOut?: { email: string; name?: string; why: 'prospect opted out' | 'bounced' }[];
}

const LEFT_OUT_WHY = {
  'prospect opted out': 'asked not to get agendum’s email',
  bounced: 'their address bounces',
} as const;

/** "Sam Lee (sam@acme.example) asked not to get agendum’s email; …", or "" when nobody was. */
function leftOutLine(people: NonNullable<ApprovalRequestInput['leftOut']>): string {
  return people
    .map((p) => `${p.name ? `${toHeaderText(p.name)} (${p.email})` : p.email} ${LEFT_OUT_WHY[p.why]}`)
    .join('; ');
}

/** The three choices all open the approval page; the hints only scroll or preselect there. */
export function approvalLinks(approveUrl: string) {
  const [base] = approveUrl.split('#');
  const sep = base?.includes('?') ? '&' : '?';
  return { approve: base ?? approveUrl, edit: `${base}#edit`, skip: `${base}${sep}action=skip` };
}

// The prospect's confirmation link is masked in the rep's copy: a rep clicking it in the
// preview would confirm the agenda on the prospect's behalf.
const CONFIRM_LINK = /https?:\/\/\S+?\/c\/[A-Za-z0-9_.-]+/g;

/** The data the approval-request template sees (documented in templates/README.md). */
export function approvalRequestView(input: ApprovalRequestInput) {
  const m = input.meeting;
  const zone = input.rep.timeZone ?? m?.timeZone ?? 'UTC';
  return {
    rep: {
      name: toHeaderText(input.rep.name),
      email: input.rep.email,
      firstName: firstNameFor(input.rep) || 'there',
    },
    draft: {
      subject: toHeaderText(input.draft.subject),
      text: toBodyText(input.draft.text).replace(CONFIRM_LINK, '[confirmation link]').trim(),
      to: input.draft.to,
      cc: input.draft.cc ?? [],
      kind: input.draft.kind ?? 'agenda',
    },
    meeting: m
      ? { title: toHeaderText(m.title), start: m.start, end: m.end, timeZone: m.timeZone }
      : undefined,
    zone,
    reasons: {
      classification: toHeaderText(input.reasons.classification, 500),
      pointSource: toHeaderText(input.reasons.pointSource, 500),
    },
    links: approvalLinks(input.approveUrl),
    leftOut: leftOutLine(input.leftOut ?? []),
    dueAt: input.dueAt,
    // A recap's approval is about its own meeting: an earlier dispute is not its business.
    disputedNextStep:
      input.disputedNextStep && (input.draft.kind ?? 'agenda') === 'agenda'
        ? disputedNextStepNote(input.disputedNextStep, zone)
        : undefined,
  };
}

/** Renders the approval request: subject "Approve agenda: <draft subject>". */
export function composeApprovalRequest(templates: TemplateSet, input: ApprovalRequestInput): ComposedEmail {
  return renderEmail(templates.approvalRequest, approvalRequestView(input));
}
