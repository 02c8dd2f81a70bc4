/**
 * The language of prospect email through the real loop (local provider, real templates):
 * an account set to German on its page gets its agenda in German, a rep writing French
 * sends French to an account without a language of its own. The account page's select is
 * the rep's (or an admin's) and says inline what is wrong with a bad value.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { readRepSettings, saveRepSettings } from '../../src/workflows/settings/rep-settings.js';
import { REP } from '../helpers/harness.js';
import { actionPathIn } from '../helpers/http.js';
import { ACME_DISCOVERY, mailIn, meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';
import { harnessWithApp } from '../helpers/send-hygiene.js';
import { signIn, type TestSession } from '../helpers/signin.js';

function postLanguage(base: string, domain: string, s: TestSession, language: string) {
  return fetch(`${base}/accounts/${domain}/language`, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: s.csrf, language }),
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}

describe('the language prospects get', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

  it('writes the agenda in German once the account page sets German, and refuses a bad value inline', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    expect(agenda.subject).toBe('Agenda for Wednesday: Acme Robotics × Northwind — discovery call');
    const dana = await signIn(t.h.ctx, t.url, REP.email);

    const bad = await postLanguage(t.url, 'acme-robotics.example', dana, 'it');
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toMatch(
      /<select id="language" name="language" aria-describedby="language-hint language-error" aria-invalid="true">/,
    );
    expect(page).toContain('id="language-error">Pick one of the listed languages (en, de, fr, es, pt, nl)');
    const account = () =>
      t.h.ctx.db.account.findUniqueOrThrow({ where: { domain: 'acme-robotics.example' } });
    expect((await account()).language).toBeNull();

    // A rep with no meeting at the account may not change it.
    await t.h.ctx.db.rep.create({
      data: {
        email: 'sam@northwind.example',
        name: 'Sam',
        timeZone: 'America/New_York',
        orgDomains: ['northwind.example'],
        businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
        ignoreRules: [],
      },
    });
    const sam = await signIn(t.h.ctx, t.url, 'sam@northwind.example');
    expect((await postLanguage(t.url, 'acme-robotics.example', sam, 'de')).status).toBe(404);
    expect((await account()).language).toBeNull();

    const ok = await postLanguage(t.url, 'acme-robotics.example', dana, 'de');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/accounts/acme-robotics.example?saved=1');
    expect((await account()).language).toBe('de');
    const shown = await (
      await fetch(`${t.url}/accounts/acme-robotics.example?saved=1`, { headers: { cookie: dana.cookie } })
    ).text();
    expect(shown).toContain('The language is saved.');
    expect(shown).toContain('<option value="de" selected>Deutsch</option>');

    // The waiting draft is German now, its point from the German playbook; approved, it goes out so.
    await approveMessage(t.h.ctx, agenda.id);
    await t.h.tick();
    const { raw, mail } = await mailIn(t.h, 'sent', agenda.messageId);
    expect(mail.subject).toBe('Agenda für Mittwoch: Acme Robotics × Northwind — Erstgespräch');
    expect(mail.text).toContain('Hallo Priya,');
    expect(mail.text).toContain('am Mittwoch, 9. Dezember um 15:00 Uhr UTC (30 Min.)');
    expect(mail.text).toContain('Worum es geht: Wir wollen verstehen, welches Problem Sie lösen möchten');
    expect(mail.text).toContain('Antworten Sie einfach mit „bestätigt“');
    expect(mail.html).toContain('<html lang="de">');
    expect(`${mail.text}${mail.html}`).not.toMatch(/Why we're meeting|What we'll cover|Ahead of our/);

    // The confirmation link opens a German page, and confirming there answers in German.
    const confirmUrl = `${t.url}${await actionPathIn(raw, 'c')}`;
    const confirmPage = await (await fetch(confirmUrl)).text();
    expect(confirmPage).toContain('<html lang="de">');
    expect(confirmPage).toContain('Entspricht das dem, was Sie sich vom Termin erwarten?');
    expect(confirmPage).toContain('Mittwoch, 9. Dezember um 15:00 Uhr UTC');
    expect(confirmPage).toContain('<h2>Worum es geht</h2>');
    expect(confirmPage).toContain('value="confirm">Bestätigen</button>');
    expect(confirmPage).not.toMatch(/Suggest a change|Why we're meeting/);
    const done = await fetch(confirmUrl, {
      method: 'POST',
      body: new URLSearchParams({ action: 'confirm' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Dana Whitfield sieht jetzt, dass Sie bestätigt haben.');
    const meeting = await t.h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: ACME_DISCOVERY.uid } });
    expect(meeting.pointStatus).toBe('confirmed');
  });

  it('writes French for a rep set to French when the account has no language of its own', async () => {
    await t.h.ctx.db.rep.update({ where: { id: t.h.repId }, data: { language: 'fr' } });
    const { agenda } = await meetingAwaitingApproval(t.h, { event: PROPOSAL_REVIEW });
    await approveMessage(t.h.ctx, agenda.id);
    await t.h.tick();
    const { raw } = await mailIn(t.h, 'sent', agenda.messageId);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Ordre du jour de mercredi : Umbrella × Northwind — revue de la proposition');
    expect(mail.text).toContain('Bonjour Alice,');
    expect(mail.text).toContain('du mercredi 9 décembre à 16:00 UTC (45 min)');
    expect(mail.text).toContain('Pourquoi nous nous réunissons : parcourir ensemble notre proposition');
    expect(mail.text).toContain('Répondez « confirmé »');
    expect(mail.html).toContain('<html lang="fr">');
    // The rep's own approval request stays English, quoting the French draft.
    const request = await t.h.ctx.db.message.findFirstOrThrow({
      where: { kind: 'approval_request', subjectMessageId: agenda.id },
    });
    expect(request.subject).toBe(`Approve agenda: ${mail.subject}`);
  });

  it("rewrites the rep's waiting agenda when the rep's language changes, not one whose account has its own", async () => {
    const { agenda } = await meetingAwaitingApproval(t.h, { event: PROPOSAL_REVIEW });
    const acme = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    await t.h.ctx.db.account.update({ where: { domain: 'acme-robotics.example' }, data: { language: 'de' } });
    const settings = await readRepSettings(t.h.ctx, t.h.repId);
    await saveRepSettings(t.h.ctx, t.h.repId, { ...settings, language: 'es' });
    const draft = await t.h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } });
    expect(draft.subject).toBe('Agenda del miércoles: Umbrella × Northwind — revisión de la propuesta');
    expect(draft.text).toContain('Por qué nos reunimos: repasar juntos nuestra propuesta');
    // Acme's language is its own: its draft is not written again for the rep's change.
    const untouched = await t.h.ctx.db.message.findUniqueOrThrow({ where: { id: acme.agenda.id } });
    expect(untouched.subject).toBe(acme.agenda.subject);
  });
});
