/**
 * What the editor shows for a text: the email it makes (on the viewer's next real prospect
 * meeting when the file writes an agenda and there is one, else on the sample data), or
 * its error as the page and the API show it. Nothing is saved.
 */
import type { ComposedEmail } from '../compose/template-set.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { previewMeetingFor } from '../workflows/templates/preview-meeting.js';
import { renderEdit, type TemplateEdit } from '../workflows/templates/template-candidate.js';
import { type TemplateErrorView, templateErrorView } from './template-error-view.js';

export interface EditPreview {
  email: ComposedEmail | null;
  previewOn: string;
  error?: TemplateErrorView;
}

/** Renders `edit` for the viewer `repId`; a template error is returned, anything else thrown. */
export async function previewEdit(ctx: AppContext, repId: string, edit: TemplateEdit): Promise<EditPreview> {
  const meeting = await previewMeetingFor(ctx, repId, edit.path);
  const previewOn = meeting
    ? `Rendered on your next meeting of this kind: ${meeting.title} (the confirmation link is a placeholder).`
    : 'Rendered on the sample data (the Acme Robotics discovery call): you have no upcoming prospect meeting this file writes.';
  try {
    return { email: await renderEdit(ctx, edit, meeting ? { agenda: meeting.input } : {}), previewOn };
  } catch (err) {
    if (err instanceof AppError && err.code === 'template_invalid') {
      return { email: null, previewOn, error: templateErrorView(err, edit, ctx.config.templatesDir) };
    }
    throw err;
  }
}
