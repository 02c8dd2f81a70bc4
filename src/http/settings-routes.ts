/**
 * Settings for a signed-in viewer: the pages `/settings` (their own) and `/settings/team`
 * (the team's defaults, admins only: anyone else gets 403), and the JSON API
 * `GET/PUT /api/settings` and `/api/settings/team`. A rep only ever reads and writes their
 * own row (the viewer's, read through the scoped client); every change is checked whole by
 * domain/settings.ts and saved only when every field is valid.
 */
import { type Response, Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { Viewer } from '../auth/viewer.js';
import type { AppContext } from '../context.js';
import { checkSettings, type Settings, type SettingsErrors } from '../domain/settings.js';
import { readRepSettings, saveRepSettings } from '../workflows/settings/rep-settings.js';
import { readTeamSettings, saveTeamSettings } from '../workflows/settings/team-settings.js';
import { apiError } from './api-error.js';
import { requireAdmin, viewerOf } from './auth/authenticate.js';
import { requireCsrf } from './auth/csrf.js';
import { sendPageError } from './page-errors.js';
import { renderSettingsPage } from './pages/settings-page.js';
import { formValuesFrom, formValuesOf, settingsInputOf } from './settings-form.js';

const FORBIDDEN_TEXT =
  'Only an admin may change the team’s defaults. Your own settings are at /settings; ask your admin to change the defaults.';

/** The viewer's own settings, read through their scoped client. */
function ownSettings(ctx: AppContext, viewer: Viewer): Promise<Settings> {
  return readRepSettings({ db: scopedDb(ctx.db, viewer) }, viewer.repId);
}

/** The form's field names as the API's paths, so an API error names the key that was sent. */
const API_PATHS: Record<string, string> = {
  businessStart: 'businessHours.start',
  businessEnd: 'businessHours.end',
  businessDays: 'businessHours.days',
  ignoreTitles: 'ignoreRules.titles',
  ignoreDomains: 'ignoreRules.domains',
  ignoreCalendars: 'ignoreRules.calendars',
};

function sendInvalid(res: Response, errors: SettingsErrors): void {
  const fields = Object.fromEntries(Object.entries(errors).map(([k, m]) => [API_PATHS[k] ?? k, m]));
  const [first] = Object.entries(fields);
  res.status(400).json({
    error: 'bad_request',
    message: first ? `${first[0]}: ${first[1]}` : 'invalid settings',
    fields,
  });
}

/** The body merged over the current settings (a PUT may send only what changes). */
function merged(current: Settings, body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const sub = (key: 'businessHours' | 'ignoreRules') =>
    b[key] && typeof b[key] === 'object' && !Array.isArray(b[key])
      ? { ...current[key], ...(b[key] as object) }
      : b[key];
  return {
    ...current,
    ...b,
    ...('businessHours' in b ? { businessHours: sub('businessHours') } : {}),
    ...('ignoreRules' in b ? { ignoreRules: sub('ignoreRules') } : {}),
  };
}

/** `GET/PUT /settings` and `/settings/team`; mount inside the API router (behind requireViewer('api')). */
export function settingsApiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use('/settings', requireCsrf);
  router.use('/settings/team', requireAdmin('api', FORBIDDEN_TEXT));
  router.get('/settings', async (_req, res, next) => {
    try {
      res.json(await ownSettings(ctx, viewerOf(res)));
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.put('/settings', async (req, res, next) => {
    try {
      const viewer = viewerOf(res);
      const check = checkSettings(merged(await ownSettings(ctx, viewer), req.body));
      if (!check.ok) return sendInvalid(res, check.errors);
      const replanned = await saveRepSettings(ctx, viewer.repId, check.settings);
      res.json({ ...check.settings, replannedMeetings: replanned });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.get('/settings/team', async (_req, res, next) => {
    try {
      res.json(await readTeamSettings(ctx));
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.put('/settings/team', async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { applyToEveryRep, ...rest } = body;
      const check = checkSettings(merged(await readTeamSettings(ctx), rest));
      if (!check.ok) return sendInvalid(res, check.errors);
      const reps = await saveTeamSettings(ctx, check.settings, applyToEveryRep === true);
      res.json({ ...check.settings, appliedToReps: reps });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  return router;
}

/** The two pages; mount behind requireViewer('page') and requireCsrf. */
export function settingsPageRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/settings', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const values = formValuesFrom(await ownSettings(ctx, viewer));
      const saved = req.query.saved === '1' ? 'Your settings are saved.' : undefined;
      res
        .type('html')
        .send(renderSettingsPage({ viewer, scope: 'rep', values, ...(saved ? { saved } : {}) }));
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.post('/settings', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const values = formValuesOf((req.body ?? {}) as Record<string, unknown>);
      const check = checkSettings(settingsInputOf(values));
      if (!check.ok) {
        res
          .status(400)
          .type('html')
          .send(renderSettingsPage({ viewer, scope: 'rep', values, errors: check.errors }));
        return;
      }
      await saveRepSettings(ctx, viewer.repId, check.settings);
      res.redirect(303, '/settings?saved=1');
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.use('/settings/team', requireAdmin('page', FORBIDDEN_TEXT, 'Team defaults are for admins'));
  router.get('/settings/team', async (req, res) => {
    try {
      const values = formValuesFrom(await readTeamSettings(ctx));
      const saved =
        req.query.saved === 'all'
          ? 'The team defaults are saved, and every rep now has them.'
          : req.query.saved === '1'
            ? 'The team defaults are saved. New reps start from them; existing reps keep their own settings.'
            : undefined;
      res
        .type('html')
        .send(
          renderSettingsPage({ viewer: viewerOf(res), scope: 'team', values, ...(saved ? { saved } : {}) }),
        );
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.post('/settings/team', async (req, res) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values = formValuesOf(body);
      const check = checkSettings(settingsInputOf(values));
      if (!check.ok) {
        const page = renderSettingsPage({
          viewer: viewerOf(res),
          scope: 'team',
          values,
          errors: check.errors,
        });
        res.status(400).type('html').send(page);
        return;
      }
      const all = body.applyToEveryRep === 'yes';
      await saveTeamSettings(ctx, check.settings, all);
      res.redirect(303, `/settings/team?saved=${all ? 'all' : '1'}`);
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  return router;
}
