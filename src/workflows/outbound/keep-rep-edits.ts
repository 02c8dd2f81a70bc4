/**
 * What the rep approved becomes the record every later step reads: an agenda's edited point
 * becomes the meeting's point (the dashboard, the API, the prospect's `/c/` page, the recap
 * prompt, a later re-draft), a recap's edits become the meeting's Outcome (the next step
 * carried to the next meeting, the book-next nudge).
 */
import type { Db } from '../../db/client.js';
import { editedPoint, editsPoint } from '../../domain/edited-point.js';
import type { MeetingPoint } from '../../domain/types.js';
import type { DraftEdits } from './edited-draft.js';

type EditsDb = Pick<Db, 'meeting' | 'outcome'>;

/** Writes the approved edits of a draft of `meetingId`; run it in the approval's transaction. */
export async function keepRepEdits(db: EditsDb, meetingId: string, draft: DraftEdits): Promise<void> {
  if (draft.kind === 'recap') {
    const { agreed, nextStep, owner, due } = draft.edits;
    await db.outcome.update({
      where: { meetingId },
      data: { agreed, nextStep, nextStepOwner: owner, nextStepDue: due },
    });
    return;
  }
  if (!editsPoint(draft.edits)) return;
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  const point = editedPoint(
    {
      purpose: meeting.purpose ?? '',
      agenda: (meeting.agendaItems as string[] | null) ?? [],
      outcome: meeting.desiredOutcome ?? '',
      source: meeting.pointSource as MeetingPoint['source'],
    },
    draft.edits,
  );
  await db.meeting.update({
    where: { id: meetingId },
    data: {
      purpose: point.purpose,
      agendaItems: point.agenda,
      desiredOutcome: point.outcome,
      pointSource: point.source as object,
    },
  });
}
