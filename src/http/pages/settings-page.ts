/**
 * The settings pages: `/settings` (the signed-in rep's own) and `/settings/team` (the team's
 * defaults, admins only). One form each, posted with the session's CSRF token; works without
 * JavaScript. A form with errors comes back with what was typed and each error beside its
 * field (`aria-invalid`, `aria-describedby`), and nothing saved.
 */
import type { Viewer } from '../../auth/viewer.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../../domain/languages.js';
import { FIELD_LABELS, type SettingsErrors, type SettingsField } from '../../domain/settings.js';
import { html, layout, type SafeHtml } from '../html.js';
import type { SettingsFormValues } from '../settings-form.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface SettingsPageData {
  viewer: Viewer;
  scope: 'rep' | 'team';
  values: SettingsFormValues;
  errors?: SettingsErrors;
  /** The notice after a save. */
  saved?: string;
}

type Ctl = (attrs: SafeHtml) => SafeHtml;

/** The attributes that tie a control to its hint and error. */
function aria(name: SettingsField, hint: boolean, errors: SettingsErrors): SafeHtml {
  const ids = [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
  return html`id="${name}" name="${name}"${ids ? html` aria-describedby="${ids}"` : ''}${
    errors[name] ? html` aria-invalid="true"` : ''
  }`;
}

function field(
  d: SettingsPageData,
  name: SettingsField,
  control: Ctl,
  hint?: string,
  label?: string,
): SafeHtml {
  const errors = d.errors ?? {};
  const error = errors[name];
  return html`<div class="field"><label for="${name}">${label ?? FIELD_LABELS[name]}</label>${control(
    aria(name, hint !== undefined, errors),
  )}${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : ''}${
    error ? html`<p class="field-error" id="${name}-error">${error}</p>` : ''
  }</div>`;
}

const numberInput =
  (v: string, max: number): Ctl =>
  (a) =>
    html`<input type="number" ${a} min="0" max="${max}" step="1" inputmode="numeric" value="${v}">`;
const textArea =
  (v: string, rows = 3): Ctl =>
  (a) =>
    html`<textarea ${a} rows="${rows}" spellcheck="false">${v}</textarea>`;

function approvalSelect(v: string): Ctl {
  const opts = [
    ['approve', 'Approve each email (an approval request; nothing goes out without you)'],
    ['draft', 'Leave a draft in my mailbox to send myself'],
    ['auto', 'Send automatically'],
  ];
  return (a) =>
    html`<select ${a}>${opts.map(([k, t]) => html`<option value="${k}"${v === k ? html` selected` : ''}>${t}</option>`)}</select>`;
}

function languageSelect(v: string): Ctl {
  return (a) =>
    html`<select ${a}>${LANGUAGES.map((l) => html`<option value="${l}"${v === l ? html` selected` : ''}>${LANGUAGE_NAMES[l]}</option>`)}</select>`;
}

function weekdays(d: SettingsPageData): SafeHtml {
  const errors = d.errors ?? {};
  const error = errors.businessDays;
  const boxes = WEEKDAYS.map((name, i) => {
    const n = String(i + 1);
    return html`<label><input type="checkbox" name="businessDays" value="${n}"${
      d.values.businessDays.includes(n) ? html` checked` : ''
    }> ${name}</label>`;
  });
  return html`<fieldset class="days" id="businessDays"${error ? html` aria-describedby="businessDays-error" aria-invalid="true"` : ''}><legend>${FIELD_LABELS.businessDays}</legend>${boxes}</fieldset>${
    error ? html`<p class="field-error" id="businessDays-error">${error}</p>` : ''
  }`;
}

function zones(): SafeHtml {
  return html`<datalist id="zones">${Intl.supportedValuesOf('timeZone').map((z) => html`<option value="${z}">`)}</datalist>`;
}

/** What a save changes, and when. */
function effectNote(scope: 'rep' | 'team'): SafeHtml {
  if (scope === 'team') {
    return html`<div class="card notice"><p>These are the settings a <strong>new rep starts with</strong>. Saving changes no existing rep, unless you tick “Apply to every rep” below: every rep then takes the approval mode, timing, business hours, ignore rules and language (not their own time zone, org domains or signature), and their meetings that have not started are re-planned.</p><p class="muted">On a fresh install these come from the DEFAULT_* environment variables; once saved here, this page wins.</p></div>`;
  }
  return html`<div class="card notice"><p>Saving re-plans your meetings that have not started. Lead time, business hours, time zone, recap delay and nudge timing move the steps that have not run yet; an agenda already drafted or sent stays as it is. Ignore rules and org domains sort those meetings again: one that is now ignored has its unsent drafts taken back (not sent: not a prospect meeting). Approval mode, signature and language apply to emails drafted from now on.</p></div>`;
}

function formBody(d: SettingsPageData): SafeHtml {
  const v = d.values;
  const team = d.scope === 'team';
  return html`<fieldset><legend>Approval</legend>
${field(d, 'approvalMode', approvalSelect(v.approvalMode))}
</fieldset>
<fieldset><legend>Timing</legend>
${field(d, 'agendaLeadMinutes', numberInput(v.agendaLeadMinutes, 20160), 'Minutes before the meeting the agenda is drafted (1440 = a day; at most 14 days).', 'Agenda lead time (minutes)')}
${field(d, 'recapDelayMinutes', numberInput(v.recapDelayMinutes, 1440), 'Minutes after the meeting ends before you are asked for the recap.', 'Recap delay (minutes)')}
${field(d, 'unconfirmedNudgeMinutes', numberInput(v.unconfirmedNudgeMinutes, 10080), 'Remind you when the point is still unconfirmed this many minutes before the meeting; 0 for never.', 'Unconfirmed nudge (minutes before)')}
</fieldset>
<fieldset><legend>Business hours and time zone</legend>
${field(d, 'businessStart', (a) => html`<input type="time" ${a} value="${v.businessStart}">`, undefined, 'Start (HH:MM)')}
${field(d, 'businessEnd', (a) => html`<input type="time" ${a} value="${v.businessEnd}">`, undefined, 'End (HH:MM)')}
${weekdays(d)}
${field(d, 'timeZone', (a) => html`<input type="text" ${a} list="zones" autocomplete="off" spellcheck="false" value="${v.timeZone}">`, team ? 'An IANA zone such as Europe/Berlin, for a new rep whose account does not say one.' : 'An IANA zone such as Europe/Berlin or America/New_York.')}${zones()}
</fieldset>
<fieldset><legend>Email</legend>
${field(d, 'signature', textArea(v.signature, 3), team ? 'A new rep’s signature; empty: their name.' : undefined)}
${field(d, 'language', languageSelect(v.language), 'The language of the agendas and recaps prospects get, unless their account has its own (set on the account’s page).')}
${field(d, 'orgDomains', textArea(v.orgDomains, 2), team ? 'Added to every new rep’s own domain. One a line.' : 'Your company’s domains, one a line: attendees there are colleagues, never prospects.')}
</fieldset>
<fieldset><legend>Ignore rules</legend><p class="hint">Meetings that match any rule are never prospect meetings. One rule a line.</p>
${field(d, 'ignoreTitles', textArea(v.ignoreTitles), 'A title containing any of these (any case), e.g. “1:1” or “Interview”.')}
${field(d, 'ignoreDomains', textArea(v.ignoreDomains), 'An attendee at any of these domains (or their subdomains), e.g. recruiter.example.')}
${field(d, 'ignoreCalendars', textArea(v.ignoreCalendars), 'Events in a calendar of this name, as the calendar reports it. Only local calendar files say which calendar they are (X-WR-CALNAME); Google and Microsoft events, read from the primary calendar, never match.')}
</fieldset>`;
}

/** Renders /settings or /settings/team. */
export function renderSettingsPage(d: SettingsPageData): string {
  const team = d.scope === 'team';
  const title = team ? 'Team defaults' : 'Your settings';
  const count = Object.keys(d.errors ?? {}).length;
  const summary = count
    ? html`<div class="card error" role="alert"><p>${count === 1 ? '1 field needs' : `${count} fields need`} fixing; nothing was saved.${
        d.errors?.general ? html` ${d.errors.general}` : ''
      }</p></div>`
    : '';
  const saved = d.saved ? html`<div class="card notice" role="status"><p>${d.saved}</p></div>` : '';
  const nav = html`<nav aria-label="Pages" class="muted"><a href="/">← Meetings</a> · ${
    team
      ? html`<a href="/settings">Your settings</a>`
      : html`<a href="/settings" aria-current="page">Your settings</a>`
  }${
    d.viewer.isAdmin
      ? html` · ${team ? html`<a href="/settings/team" aria-current="page">Team defaults</a>` : html`<a href="/settings/team">Team defaults</a>`}`
      : ''
  }</nav>`;
  const apply = team
    ? html`<label class="check"><input type="checkbox" name="applyToEveryRep" value="yes"> Apply to every rep as well (approval mode, timing, business hours, ignore rules and language; their meetings are re-planned)</label>`
    : '';
  return layout(
    title,
    html`<div class="settings">${nav}<h1>${title}</h1>
${saved}${summary}${effectNote(d.scope)}
<form method="post" action="${team ? '/settings/team' : '/settings'}" novalidate><input type="hidden" name="_csrf" value="${d.viewer.csrfToken ?? ''}">
${formBody(d)}
${apply}<div class="actions"><button type="submit">Save</button></div></form></div>`,
  );
}
