/**
 * A draft as the rep may see it. The stored draft carries the prospect's signed `/c/` link;
 * a rep who clicked it in a preview would confirm on the prospect's behalf. So every
 * confirmation link becomes a placeholder that confirms nothing: words in the text part
 * (as in the approval email), the preview link (links.ts) in the HTML part's hrefs.
 */
import type { AppContext } from '../context.js';
import { previewConfirmationUrl } from './links.js';

/** A confirmation link on any host: `/c/` and a signed token (body.signature), or the preview link. */
const CONFIRMATION_LINK = /https?:\/\/[^\s"'<>]+?\/c\/(?:[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|preview\b)/g;

/** The words the text part shows for the link. */
export const CONFIRMATION_PLACEHOLDER = '[confirmation link]';

/** The parts of a draft a preview shows. */
export interface PreviewContent {
  subject: string;
  text: string;
  html: string;
}

/** `content` with every confirmation link replaced by a placeholder. */
export function withPreviewLinks(ctx: Pick<AppContext, 'config'>, content: PreviewContent): PreviewContent {
  return {
    subject: content.subject,
    text: content.text.replace(CONFIRMATION_LINK, CONFIRMATION_PLACEHOLDER),
    html: content.html.replace(CONFIRMATION_LINK, previewConfirmationUrl(ctx)),
  };
}
