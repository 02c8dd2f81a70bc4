/**
 * The settings routes on the real app: the /settings form (inline errors, typed values
 * kept, nothing saved until every field is valid; the saved notice), the JSON API (errors
 * naming the field), rep scope (a rep changes only their own row; team defaults are the
 * admin's), team defaults for new reps and "apply to every rep", and a save taking effect
 * on meetings already planned.
 */
import { describe, expect, it } from 'vitest';
import { createRep } from '../../src/workflows/reps/create-rep.js';
import { REP } from '../helpers/harness.js';
import { ACME_DISCOVERY, meetingAwaitingApproval } from '../helpers/scenario.js';
import { harnessWithApp } from '../helpers/send-hygiene.js';
import { signIn, type TestSession } from '../helpers/signin.js';

const FORM = {
  approvalMode: 'draft',
  agendaLeadMinutes: '600',
  businessStart: '08:30',
  businessEnd: '16:00',
  timeZone: 'Europe/Berlin',
  recapDelayMinutes: '30',
  unconfirmedNudgeMinutes: '60',
  signature: 'Dana W.',
  orgDomains: 'northwind.example\nnorthwind.co.uk',
  ignoreTitles: 'Interview',
  ignoreDomains: 'recruiter.example',
  ignoreCalendars: 'Hiring',
  language: 'fr',
};

function post(url: string, s: TestSession, fields: Record<string, string | string[]>, csrf = true) {
  const body = new URLSearchParams();
  if (csrf) body.append('_csrf', s.csrf);
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return fetch(url, {
    method: 'POST',
    body,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}

function put(url: string, s: TestSession, body: unknown) {
  return fetch(url, {
    method: 'PUT',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the /settings page', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

  it('keeps what was typed and shows each error beside its field, saving nothing, then saves valid values', async () => {
    const s = await signIn(t.h.ctx, t.url, REP.email);
    const before = await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } });
    const bad = await post(`${t.url}/settings`, s, {
      ...FORM,
      timeZone: 'Mars/Olympus',
      agendaLeadMinutes: 'soon',
      businessDays: ['1', '3'],
    });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('2 fields need fixing; nothing was saved.');
    expect(page).toMatch(
      /id="timeZone" name="timeZone" aria-describedby="timeZone-hint timeZone-error" aria-invalid="true"[^>]*value="Mars\/Olympus"/,
    );
    expect(page).toContain('id="timeZone-error">Time zone: &#34;Mars/Olympus&#34; is not an IANA zone');
    expect(page).toContain('id="agendaLeadMinutes-error">Agenda lead time: enter a whole number of minutes');
    expect(page).toContain('value="08:30"');
    expect(page).toContain('>Dana W.</textarea>');
    expect(page).toMatch(/value="3" checked/);
    expect(page).not.toMatch(/value="2" checked/);
    expect(await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } })).toEqual(before);

    const ok = await post(`${t.url}/settings`, s, { ...FORM, businessDays: ['1', '2', '3'] });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/settings?saved=1');
    const shown = await (await fetch(`${t.url}/settings?saved=1`, { headers: { cookie: s.cookie } })).text();
    expect(shown).toContain('Your settings are saved.');
    expect(shown).toContain('value="Europe/Berlin"');
    expect(shown).toContain('<option value="fr" selected>');
    const rep = await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } });
    expect(rep).toMatchObject({
      approvalMode: 'draft',
      agendaLeadMinutes: 600,
      timeZone: 'Europe/Berlin',
      language: 'fr',
      signature: 'Dana W.',
      businessHours: { start: '08:30', end: '16:00', days: [1, 2, 3] },
      orgDomains: ['northwind.example', 'northwind.co.uk'],
      ignoreRules: { titles: ['Interview'], domains: ['recruiter.example'], calendars: ['Hiring'] },
    });
  });

  it('refuses a post without the session’s CSRF token', async () => {
    const s = await signIn(t.h.ctx, t.url, REP.email);
    const res = await post(`${t.url}/settings`, s, { ...FORM, businessDays: '1' }, false);
    expect(res.status).toBe(403);
    expect((await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } })).language).toBe('en');
  });

  it('reads an older row’s string[] ignore rules as titles', async () => {
    await t.h.ctx.db.rep.update({ where: { id: t.h.repId }, data: { ignoreRules: ['Lunch', '1:1'] } });
    const s = await signIn(t.h.ctx, t.url, REP.email);
    const res = await fetch(`${t.url}/api/settings`, { headers: { cookie: s.cookie } });
    expect(((await res.json()) as { ignoreRules: unknown }).ignoreRules).toEqual({
      titles: ['Lunch', '1:1'],
      domains: [],
      calendars: [],
    });
  });
});

describe('the settings API and rep scope', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

  it('changes only the viewer’s own settings, names the bad field, and keeps team defaults for admins', async () => {
    const lee = await createRep(t.h.ctx, { email: 'lee@northwind.example', name: 'Lee', orgDomains: [] });
    const dana = await signIn(t.h.ctx, t.url, REP.email);
    const leeSession = await signIn(t.h.ctx, t.url, lee.email);

    const res = await put(`${t.url}/api/settings`, leeSession, {
      agendaLeadMinutes: 60,
      businessHours: { end: '18:00' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      agendaLeadMinutes: 60,
      businessHours: { start: '09:00', end: '18:00' },
    });
    expect((await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: lee.id } })).agendaLeadMinutes).toBe(60);
    expect((await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } })).agendaLeadMinutes).toBe(
      1440,
    );

    const bad = await put(`${t.url}/api/settings`, dana, {
      timeZone: 'Nowhere/Else',
      businessHours: { start: '25:00' },
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; message: string; fields: Record<string, string> };
    expect(body.error).toBe('bad_request');
    expect(Object.keys(body.fields).sort()).toEqual(['businessHours.start', 'timeZone']);
    expect(body.message).toMatch(/^(timeZone|businessHours\.start): /);

    const noToken = await fetch(`${t.url}/api/settings`, {
      method: 'PUT',
      headers: { cookie: dana.cookie, 'content-type': 'application/json' },
      body: '{"agendaLeadMinutes":5}',
    });
    expect(noToken.status).toBe(403);

    // Dana was created directly by the harness; Lee by createRep as the install's first: the admin.
    expect(lee.isAdmin).toBe(true);
    const page = await fetch(`${t.url}/settings/team`, { headers: { cookie: dana.cookie } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Only an admin may change the team’s defaults');
    expect((await fetch(`${t.url}/api/settings/team`, { headers: { cookie: dana.cookie } })).status).toBe(
      403,
    );
    expect((await put(`${t.url}/api/settings/team`, dana, { language: 'de' })).status).toBe(403);
    expect((await t.h.ctx.db.teamSettings.findUnique({ where: { id: 'team' } }))?.language).toBe('en');
  });
});

describe('team defaults', () => {
  const t = harnessWithApp({
    now: '2026-12-08T16:30:00Z',
    env: { AGENDUM_ADMINS: REP.email, DEFAULT_AGENDA_LEAD_HOURS: '48' },
  });

  it('start from the environment, are what new reps get, and reach every rep only when asked', async () => {
    const admin = await signIn(t.h.ctx, t.url, REP.email);
    const seeded = (await (
      await fetch(`${t.url}/api/settings/team`, { headers: { cookie: admin.cookie } })
    ).json()) as {
      agendaLeadMinutes: number;
    };
    expect(seeded.agendaLeadMinutes).toBe(48 * 60);

    const saved = await post(`${t.url}/settings/team`, admin, {
      ...FORM,
      businessDays: ['1', '2', '3', '4'],
      timeZone: 'Europe/Paris',
      orgDomains: 'northwind.example',
      signature: '',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/settings/team?saved=1');
    const dana = await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } });
    expect(dana.language).toBe('en');

    const lee = await createRep(t.h.ctx, {
      email: 'lee@northwind.io',
      name: 'Lee',
      orgDomains: ['northwind.io'],
    });
    expect(lee).toMatchObject({
      approvalMode: 'draft',
      agendaLeadMinutes: 600,
      timeZone: 'Europe/Paris',
      language: 'fr',
      signature: 'Lee',
      orgDomains: ['northwind.io', 'northwind.example'],
      businessHours: { start: '08:30', end: '16:00', days: [1, 2, 3, 4] },
    });

    const all = await post(`${t.url}/settings/team`, admin, {
      ...FORM,
      businessDays: '1',
      language: 'nl',
      applyToEveryRep: 'yes',
    });
    expect(all.headers.get('location')).toBe('/settings/team?saved=all');
    const after = await t.h.ctx.db.rep.findUniqueOrThrow({ where: { id: t.h.repId } });
    expect(after).toMatchObject({
      language: 'nl',
      businessHours: { days: [1] },
      timeZone: REP.timeZone,
      signature: 'Dana',
    });
  });
});

describe('a save takes effect', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

  it('an ignore rule that now matches retracts the waiting agenda; a longer lead time moves the pending draft', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    const later = {
      ...ACME_DISCOVERY,
      uid: 'acme-later@test',
      title: 'Acme Robotics × Northwind — demo',
      start: new Date('2026-12-18T15:00:00Z'),
      end: new Date('2026-12-18T15:30:00Z'),
    };
    await t.h.writeEvent(later);
    await t.h.tick();
    const step = () =>
      t.h.ctx.db.step.findFirstOrThrow({
        where: { kind: 'draft_agenda', meeting: { providerEventId: { startsWith: 'acme-later' } } },
      });
    const dueBefore = (await step()).dueAt;

    const s = await signIn(t.h.ctx, t.url, REP.email);
    const res = await put(`${t.url}/api/settings`, s, {
      agendaLeadMinutes: 4 * 24 * 60,
      ignoreRules: { domains: [], titles: ['discovery call'] },
    });
    expect(res.status).toBe(200);
    const msg = await t.h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } });
    expect(msg).toMatchObject({ status: 'retracted', notSentReason: 'not a prospect meeting' });
    const meeting = await t.h.ctx.db.meeting.findUniqueOrThrow({ where: { id: agenda.meetingId as string } });
    expect(meeting).toMatchObject({ isProspect: false, reason: 'ignored by rule "discovery call"' });
    const moved = await step();
    expect(moved.status).toBe('pending');
    expect(moved.dueAt.getTime()).toBeLessThan(dueBefore.getTime());
    expect(moved.dueAt.getTime()).toBeLessThanOrEqual(later.start.getTime() - 4 * 24 * 3600_000);

    // The provider's hash is kept: the next sync of the unchanged calendar changes nothing back.
    await t.h.tick();
    expect((await t.h.ctx.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).isProspect).toBe(
      false,
    );
  });
});
