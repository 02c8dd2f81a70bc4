/**
 * The page behind the approval email's "Skip" link: one question and one button. Opening
 * the link skips nothing (mail scanners open links); the rep confirms with a POST, or goes
 * to the full review instead.
 */
import { html, layout } from '../html.js';

export interface SkipPageData {
  /** 'agenda' | 'recap' */
  kind: string;
  meetingTitle: string;
  meetingWhen: string;
  to: string[];
  /** The page's own path: the form posts there, the review link goes there. */
  path: string;
}

/** Renders the skip question. */
export function renderSkipPage(d: SkipPageData): string {
  return layout(
    `Skip the ${d.kind}?`,
    html`<h1>Skip the ${d.kind}?</h1>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
<p>Nothing will be sent to ${d.to.join(', ')} for this meeting.</p>
<form method="post" action="${d.path}"><div class="actions">
<button type="submit" name="action" value="skip" class="danger">Skip — don't send</button>
<a class="button" href="${d.path}">Review it instead</a></div></form></div>`,
  );
}
