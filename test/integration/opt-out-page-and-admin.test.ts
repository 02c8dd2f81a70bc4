/**
 * The other ways onto the suppression list: "Don't email me about meetings" on the /c/ page
 * (only for an address the email went to), an admin through /api/suppressions (a rep is
 * refused), and the `agendum suppress` command; and the check where mail goes out, which
 * holds even for a message approved before the address was suppressed.
 */
import { describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { REP } from '../helpers/harness.js';
import { postForm } from '../helpers/http.js';
import { agendaSent, meetingAwaitingApproval } from '../helpers/scenario.js';
import {
  ACME_DISCOVERY,
  ACME_FOLLOW_UP,
  apiMeetings,
  harnessWithApp,
  inboxMail,
  messagesOf,
  PRIYA,
  sentTo,
} from '../helpers/send-hygiene.js';
import { signIn } from '../helpers/signin.js';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../helpers/spawn-cli.js';

describe('the confirmation page', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });

  it('offers "Don\'t email me about meetings", and after it nothing more goes to that address', async () => {
    const { confirmPath } = await agendaSent(t.h, { event: ACME_DISCOVERY });
    const page = await (await fetch(t.url + confirmPath)).text();
    expect(page).toContain("Don't email me about meetings");
    expect(page).toContain(`value="${PRIYA}"`);

    const wrong = await postForm(t.url + confirmPath, {
      action: 'opt_out',
      email: 'someone@else.example',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('That address did not get this email');
    expect(await t.h.ctx.db.suppression.count()).toBe(0);

    const res = await postForm(t.url + confirmPath, { action: 'opt_out', email: PRIYA.toUpperCase() });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('no more meeting emails');
    const notices = await (async () => {
      await t.h.tick();
      return inboxMail(t.h, /asked not to get agendum's email/);
    })();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain(`Someone with the confirmation link asked for ${PRIYA}`);

    const before = (await sentTo(t.h)).filter((a) => a === PRIYA).length;
    await t.h.writeEvent(ACME_FOLLOW_UP);
    await t.h.tick();
    expect((await sentTo(t.h)).filter((a) => a === PRIYA)).toHaveLength(before);
  });
});

describe('an admin', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z', env: { AGENDUM_ADMINS: REP.email } });

  it('suppresses a whole domain over the API, which withdraws what waits; a rep may not', async () => {
    await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    const admin = await signIn(t.h.ctx, t.url, REP.email);
    const post = (body: object, s = admin) =>
      fetch(`${t.url}/api/suppressions`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const bad = await post({ email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('one email address such as');
    const both = await post({ email: PRIYA, domain: 'acme-robotics.example' });
    expect(both.status).toBe(400);

    const res = await post({ email: PRIYA, wholeDomain: true });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      kind: 'domain',
      value: 'acme-robotics.example',
      added: true,
      withdrawn: 1,
    });
    const meetings = await apiMeetings(t.h, t.url);
    expect(messagesOf(meetings, ACME_DISCOVERY.title).find((m) => m.kind === 'agenda')).toMatchObject({
      status: 'retracted',
      reason: 'prospect opted out',
    });
    const list = await fetch(`${t.url}/api/suppressions`, { headers: { cookie: admin.cookie } });
    expect(
      ((await list.json()) as { suppressions: { value: string }[] }).suppressions.map((s) => s.value),
    ).toEqual(['acme-robotics.example']);
    const noToken = await fetch(`${t.url}/api/suppressions`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'globex.example' }),
    });
    expect(noToken.status).toBe(403);

    // A rep who is not an admin is refused, reading or writing.
    await t.h.ctx.db.rep.create({
      data: {
        email: 'rep2@northwind.example',
        name: 'Rep Two',
        timeZone: 'UTC',
        orgDomains: ['northwind.example'],
        businessHours: t.h.ctx.config.repDefaults.businessHours,
        ignoreRules: [],
      },
    });
    const rep = await signIn(t.h.ctx, t.url, 'rep2@northwind.example');
    expect((await post({ email: 'x@globex.example' }, rep)).status).toBe(403);
    expect((await fetch(`${t.url}/api/suppressions`, { headers: { cookie: rep.cookie } })).status).toBe(403);

    const del = await fetch(`${t.url}/api/suppressions/domain/acme-robotics.example`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    expect(del.status).toBe(200);
    expect(await t.h.ctx.db.suppression.count()).toBe(0);
  });

  it('is obeyed where mail goes out, even for a message approved before', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    // Straight into the list, as a second instance would have written it: nothing withdrew the draft.
    await t.h.ctx.db.suppression.create({ data: { kind: 'address', value: PRIYA, source: 'admin' } });
    await approveMessage(t.h.ctx, agenda.id);
    await t.h.tick();
    expect(await sentTo(t.h)).not.toContain(PRIYA);
    const meetings = await apiMeetings(t.h, t.url);
    expect(messagesOf(meetings, ACME_DISCOVERY.title).find((m) => m.kind === 'agenda')).toMatchObject({
      status: 'retracted',
      reason: 'prospect opted out',
    });
  });
});

describe('agendum suppress', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

  it(
    'adds, lists and removes, and says what is wrong with bad input',
    async () => {
      const env = { DATA_DIR: t.h.dataDir, AGENDUM_DEMO: 'false' };
      const added = await runCli(['suppress', 'add', '--email', PRIYA], env);
      expect(added.stdout).toContain(`Suppressed: agendum sends nothing more to ${PRIYA}.`);
      expect(added.code).toBe(0);
      const listed = await runCli(['suppress', 'list'], env);
      expect(listed.stdout).toContain(`address  ${PRIYA}  (admin,`);
      const bad = await runCli(['suppress', 'add', '--domain', 'https://acme.example'], env);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('domain must be a domain such as acme.example');
      // The running service sees it at once: the next agenda leaves Priya out.
      await t.h.writeEvent(ACME_DISCOVERY);
      await t.h.tick();
      const meeting = await t.h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: ACME_DISCOVERY.uid } });
      expect(await t.h.ctx.db.message.count({ where: { meetingId: meeting.id, kind: 'agenda' } })).toBe(0);
      const removed = await runCli(['suppress', 'remove', '--email', PRIYA], env);
      expect(removed.stdout).toContain(`Removed ${PRIYA}`);
      expect(await t.h.ctx.db.suppression.count()).toBe(0);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
