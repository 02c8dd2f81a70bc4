/**
 * The template editor on the real app and real templates: a save re-renders the drafts
 * still waiting for approval and never touches sent mail; a text that does not compile (or
 * names a missing partial) is not saved and comes back with its line and column; a revert
 * is a new version with the old text; a reset goes back to the bundled file; only an
 * admin may do any of it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEditablePath, listEditablePaths } from '../../src/compose/editable-paths.js';
import { previewTemplateEmail } from '../../src/compose/preview-template.js';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { createRep } from '../../src/workflows/reps/create-rep.js';
import { reloadIfChanged } from '../../src/workflows/templates/follow-saved-templates.js';
import {
  revertToVersion,
  saveTemplateVersion,
  templateHistory,
} from '../../src/workflows/templates/save-template.js';
import { createHarness, REP } from '../helpers/harness.js';
import { ACME_DISCOVERY, meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';
import { harnessWithApp } from '../helpers/send-hygiene.js';
import { signIn, type TestSession } from '../helpers/signin.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

const FILE = 'partials/signature-text.hbs';
const EDITOR = `/templates/en/${FILE}`;

function post(url: string, s: TestSession, fields: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: s.csrf, ...fields }),
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}

describe('the template editor', () => {
  const t = harnessWithApp({ now: '2026-12-08T16:30:00Z', env: { AGENDUM_ADMINS: REP.email } });

  it('re-renders waiting drafts on save, leaves sent mail alone, refuses a broken text, reverts and resets as new versions', async () => {
    const { ctx } = t.h;
    const bundled = await readFile(path.join(ctx.config.templatesDir, FILE), 'utf8');
    const waiting = (await meetingAwaitingApproval(t.h)).agenda;
    const sentDraft = (await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY })).agenda;
    await approveMessage(ctx, sentDraft.id);
    await t.h.tick();
    const sent = await ctx.db.message.findUniqueOrThrow({ where: { id: sentDraft.id } });
    expect(sent.status).toBe('sent');
    const s = await signIn(ctx, t.url, REP.email);

    const edited = `${bundled.trimEnd()}\nP.S. Written with the browser editor.\n`;
    const saved = await post(`${t.url}${EDITOR}`, s, { action: 'save', body: edited, note: 'add a P.S.' });
    expect(saved.status).toBe(303);
    const page = await (
      await fetch(t.url + saved.headers.get('location'), { headers: { cookie: s.cookie } })
    ).text();
    expect(page).toContain('1 draft not yet approved was written again with it');
    expect(page).toContain('add a P.S.');
    const rerendered = await ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(rerendered.status).toBe('awaiting_approval');
    expect(rerendered.text).toContain('P.S. Written with the browser editor.');
    expect(await ctx.db.message.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(sent);

    // A parse error: not saved, shown with its line and column and the line's text.
    const broken = `${bundled.trimEnd()}\nThanks, {{rep.name}\nDana\n`;
    const refused = await post(`${t.url}${EDITOR}`, s, { action: 'save', body: broken });
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('Nothing was saved');
    expect(refusedPage).toMatch(/id="template-error" role="alert">line 2, column \d+: Parse error on line 2/);
    expect(refusedPage).toContain('Line 2: <code>Thanks, {{rep.name}</code>');
    expect(refusedPage).toContain('aria-invalid="true">');
    // A missing partial is found by rendering, also before anything is stored.
    const missing = await post(`${t.url}${EDITOR}`, s, {
      action: 'save',
      body: `Dana\n  {{> no-such-part}}\n`,
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('line 2, column 3: The partial no-such-part could not be found');
    expect(await ctx.db.templateVersion.count()).toBe(1);
    expect((await ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).toEqual(
      rerendered.text,
    );

    // A second version, then back to the first: a third version with the first's text.
    const second = `${bundled.trimEnd()}\nP.S. Second thoughts.\n`;
    expect((await post(`${t.url}${EDITOR}`, s, { action: 'save', body: second })).status).toBe(303);
    expect((await ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).toContain(
      'Second thoughts',
    );
    const first = await ctx.db.templateVersion.findFirstOrThrow({ where: { body: edited } });
    const reverted = await post(`${t.url}${EDITOR}`, s, { action: 'revert', versionId: first.id });
    expect(reverted.status).toBe(303);
    const versions = await ctx.db.templateVersion.findMany({ orderBy: { createdAt: 'asc' } });
    expect(versions.map((v) => v.body)).toEqual([edited, second, edited]);
    expect(versions[2]?.note).toMatch(/^Reverted to the version of /);
    const afterRevert = await ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(afterRevert.text).toContain('P.S. Written with the browser editor.');
    expect(afterRevert.text).not.toContain('Second thoughts');

    // Reset: the bundled file again, history kept.
    expect((await post(`${t.url}${EDITOR}`, s, { action: 'reset' })).status).toBe(303);
    expect(await ctx.db.templateVersion.count()).toBe(4);
    expect((await ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).not.toContain(
      'P.S.',
    );
    const list = await (await fetch(`${t.url}/templates`, { headers: { cookie: s.cookie } })).text();
    expect(list).toContain('<code>partials/signature-text.hbs</code></a></li>');
    expect(await ctx.db.message.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(sent);
  });

  it('previews without saving, answers errors as JSON with line and column, and is for admins only', async () => {
    const { ctx } = t.h;
    const s = await signIn(ctx, t.url, REP.email);
    const api = (session: TestSession, body: unknown) =>
      fetch(`${t.url}/api/templates/preview`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const source = await readFile(path.join(ctx.config.templatesDir, 'agenda/discovery.hbs'), 'utf8');
    const ok = await api(s, {
      language: 'en',
      path: 'agenda/discovery.hbs',
      body: source.replace('--- text ---', '--- text ---\nPreview marker 42'),
    });
    expect(ok.status).toBe(200);
    const okBody = (await ok.json()) as { email: { text: string; html: string } };
    expect(okBody.email.text).toContain('Preview marker 42');
    expect(okBody.email.html).toContain('Hi Priya,');
    expect(await ctx.db.templateVersion.count()).toBe(0);

    const bad = await api(s, {
      language: 'en',
      path: 'agenda/discovery.hbs',
      body: 'x\n--- subject ---\nHi {{#each a}}{{/if}}\n--- text ---\n--- html ---\n',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: {
        code: 'template_invalid',
        message: "each doesn't match if - 3:6",
        details: { file: 'agenda/discovery.hbs', line: 3, column: 7, lineText: 'Hi {{#each a}}{{/if}}' },
      },
    });
    const yaml = await api(s, { language: 'en', path: 'playbook.yaml', body: 'stages:\n  demo: x: y\n' });
    expect(yaml.status).toBe(400);
    expect(((await yaml.json()) as { error: { details: object } }).error.details).toMatchObject({
      line: 2,
      column: 9,
    });
    expect((await api(s, { language: 'en', path: '../config.ts', body: 'x' })).status).toBe(400);

    // Without JavaScript: the Preview button posts the form; the page comes back with the edit rendered.
    const noJs = await post(`${t.url}/templates/en/agenda/discovery.hbs`, s, {
      action: 'preview',
      body: source.replace('--- text ---', '--- text ---\nNo script marker 9'),
    });
    expect(noJs.status).toBe(200);
    const noJsPage = await noJs.text();
    expect(noJsPage).toMatch(/<pre id="preview-text">No script marker 9\nHi Priya,/);
    expect(noJsPage).toContain('data-edited="1"');
    const playbook = await post(`${t.url}/templates/en/playbook.yaml`, s, {
      action: 'save',
      body: 'stages: 3\n',
    });
    expect(playbook.status).toBe(400);
    expect(await playbook.text()).toContain('Nothing was saved');

    const frame = await post(`${t.url}/templates/frame/en/agenda/discovery.hbs`, s, {
      body: source.replace('--- html ---', '--- html ---\n<p>Frame marker 7</p>'),
    });
    expect(frame.headers.get('content-security-policy')).toContain('sandbox');
    expect(await frame.text()).toContain('Frame marker 7');

    // createRep makes the install's first rep an admin; Lee is to be a plain rep.
    const created = await createRep(ctx, { email: 'lee@northwind.example', name: 'Lee', orgDomains: [] });
    await ctx.db.rep.update({ where: { id: created.id }, data: { isAdmin: false } });
    const lee = await signIn(ctx, t.url, 'lee@northwind.example');
    expect((await fetch(`${t.url}/templates`, { headers: { cookie: lee.cookie } })).status).toBe(403);
    expect((await post(`${t.url}${EDITOR}`, lee, { action: 'save', body: 'Lee' })).status).toBe(403);
    expect((await api(lee, { language: 'en', path: FILE, body: 'Lee' })).status).toBe(403);
    const anonymous = await fetch(`${t.url}/templates`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/signin/);
    expect(await ctx.db.templateVersion.count()).toBe(0);
  });

  it('takes up a version another instance saved', async () => {
    const { ctx } = t.h;
    const sig = () => previewTemplateEmail(ctx.templates.forLanguage('en'), FILE)?.text ?? '';
    expect(await reloadIfChanged(ctx)).toBe(false);
    expect(sig()).not.toContain('Saved on another instance');
    // Another instance's save: a row in the shared database this process has not loaded.
    await ctx.db.templateVersion.create({
      data: {
        language: 'en',
        path: FILE,
        body: 'Dana\nSaved on another instance.\n',
        createdAt: ctx.clock(),
      },
    });
    expect(await reloadIfChanged(ctx)).toBe(true);
    expect(sig()).toContain('Saved on another instance.');
    expect(await reloadIfChanged(ctx)).toBe(false);
  });
});

describe('the files the editor offers', () => {
  it('lists English and every language folder on disk, and nothing outside them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-templates-'));
    try {
      const put = async (rel: string) => {
        await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
        await writeFile(path.join(dir, rel), 'x');
      };
      for (const rel of ['agenda/default.hbs', 'partials/a.hbs', 'playbook.yaml', 'agenda/notes.txt'])
        await put(rel);
      for (const rel of [
        'locales/de/agenda/demo.hbs',
        'locales/de/playbook.yaml',
        'locales/xx/agenda/demo.hbs',
      ]) {
        await put(rel);
      }
      expect(await listEditablePaths(dir)).toEqual([
        { language: 'en', paths: ['agenda/default.hbs', 'partials/a.hbs', 'playbook.yaml'] },
        { language: 'de', paths: ['agenda/demo.hbs', 'playbook.yaml'] },
      ]);
      expect(await isEditablePath(dir, 'de', 'agenda/demo.hbs')).toBe(true);
      expect(await isEditablePath(dir, 'de', 'agenda/default.hbs')).toBe(false);
      expect(await isEditablePath(dir, 'en', '../locales/de/agenda/demo.hbs')).toBe(false);
      expect(await isEditablePath(dir, 'xx', 'agenda/demo.hbs')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a save in draft mode', () => {
  it('leaves the draft already in the rep’s mailbox as it is: the rep may have edited it there', async () => {
    const h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'draft' });
    try {
      await h.writeEvent(PROPOSAL_REVIEW);
      await h.tick();
      const [file] = await h.mailbox('drafts');
      expect((await h.readMail('drafts', file as string)).toString('utf8')).not.toContain('P.S.');
      const bundled = await readFile(path.join(h.ctx.config.templatesDir, FILE), 'utf8');
      const body = `${bundled.trimEnd()}\nP.S. In the mailbox too.\n`;
      const before = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
      const saved = await saveTemplateVersion(h.ctx, { language: 'en', path: FILE, body }, { by: h.repId });
      expect(saved.drafts).toEqual({ rerendered: 0, keptEdits: 0, leftInMailbox: 1 });
      const [after] = await h.mailbox('drafts');
      expect(after).toBe(file);
      expect((await h.readMail('drafts', after as string)).toString('utf8')).not.toContain('P.S.');
      // agendum's own record stays what the mailbox holds.
      const stored = await h.ctx.db.message.findFirstOrThrow({ where: { id: before.id } });
      expect([stored.subject, stored.text, stored.html]).toEqual([before.subject, before.text, before.html]);
    } finally {
      await h.cleanup();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  'the template editor on PostgreSQL (skipped without TEST_DATABASE_URL)',
  () => {
    it('saves, re-renders the waiting draft, refuses a broken text and reverts as on SQLite', {
      timeout: 180_000,
    }, async () => {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
      const h = await createHarness({ now: '2026-12-08T16:30:00Z', databaseUrl: temp.url });
      try {
        const waiting = (await meetingAwaitingApproval(h)).agenda;
        const bundled = await readFile(path.join(h.ctx.config.templatesDir, FILE), 'utf8');
        const edit = {
          language: 'en' as const,
          path: FILE,
          body: `${bundled.trimEnd()}\nP.S. On PostgreSQL.\n`,
        };
        const first = await saveTemplateVersion(h.ctx, edit, { by: h.repId });
        expect(first.drafts).toEqual({ rerendered: 1, keptEdits: 0, leftInMailbox: 0 });
        expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).toContain(
          'On PostgreSQL.',
        );
        await expect(
          saveTemplateVersion(h.ctx, { ...edit, body: '{{#if x}}' }, { by: h.repId }),
        ).rejects.toMatchObject({
          code: 'template_invalid',
          details: { line: 1 },
        });
        await saveTemplateVersion(h.ctx, { ...edit, body: null }, { by: h.repId });
        expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).not.toContain(
          'P.S.',
        );
        await revertToVersion(h.ctx, first.versionId, edit, h.repId);
        const history = await templateHistory(h.ctx, 'en', FILE);
        expect(history.map((v) => v.hasBody)).toEqual([true, false, true]);
        expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: waiting.id } })).text).toContain(
          'On PostgreSQL.',
        );
      } finally {
        await h.cleanup();
        await temp.drop();
      }
    });
  },
);
