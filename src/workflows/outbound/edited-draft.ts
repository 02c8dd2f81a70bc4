/**
 * A draft with the rep's edits from the approval page: an agenda's subject and point, or a
 * recap's outcome. The edits are tagged with the kind of draft they were made on, so edits
 * posted for one kind never re-render the other.
 */
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { MessageContent } from '../../messages/revise-message.js';
import { type AgendaEdits, composeMeetingAgenda, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { composeMeetingRecap, loadRecapSource, type RecapEdits } from './compose-meeting-recap.js';

/** The rep's edits to one draft. */
export type DraftEdits = { kind: 'agenda'; edits: AgendaEdits } | { kind: 'recap'; edits: RecapEdits };

/** True when `draft` changes anything. */
export function hasEdits(draft: DraftEdits | undefined): draft is DraftEdits {
  return draft !== undefined && Object.values(draft.edits).some((v) => v !== undefined);
}

/** The draft's content rendered again with the rep's edits. */
export async function renderEditedDraft(
  ctx: AppContext,
  msg: { kind: string; meetingId: string | null },
  draft: DraftEdits,
): Promise<MessageContent> {
  if (!msg.meetingId || draft.kind !== msg.kind) {
    throw new AppError(
      'conflict',
      `These edits are for ${draft.kind === 'agenda' ? 'an agenda' : 'a recap'}; reload the page.`,
    );
  }
  if (draft.kind === 'agenda') {
    return composeMeetingAgenda(ctx, await loadMeetingForCompose(ctx, msg.meetingId), draft.edits);
  }
  return composeMeetingRecap(ctx, await loadRecapSource(ctx, msg.meetingId), draft.edits);
}
