/**
 * The suppression list over the API, for admins only (a rep is refused with 403, whatever
 * key or session): `GET /api/suppressions`, `POST /api/suppressions` with `{"email"}`,
 * `{"domain"}` or `{"email", "wholeDomain": true}`, and `DELETE /api/suppressions/:kind/:value`.
 * The list is the install's, not a rep's, so it is read on ctx.db once the viewer is an admin.
 * A session's POST and DELETE carry its CSRF token (`X-CSRF-Token`), like every form.
 */
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import {
  adminSuppressionTarget,
  suppressedAddress,
  suppressedDomain,
} from '../messages/suppression-target.js';
import { suppressRecipient, unsuppressRecipient } from '../workflows/outbound/suppress-recipient.js';
import { apiError } from './api-error.js';
import { requireAdmin } from './auth/authenticate.js';
import { requireCsrf } from './auth/csrf.js';

const view = (s: { kind: string; value: string; source: string; createdAt: Date }) => ({
  kind: s.kind,
  value: s.value,
  source: s.source,
  createdAt: s.createdAt.toISOString(),
});

/** Mounted inside the API router (behind requireViewer('api')). */
export function suppressionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(
    '/suppressions',
    requireAdmin('api', 'Only an admin may read or change the suppression list.'),
    requireCsrf,
  );
  router.get('/suppressions', async (_req, res, next) => {
    try {
      const rows = await ctx.db.suppression.findMany({ orderBy: [{ createdAt: 'desc' }, { value: 'asc' }] });
      res.json({ suppressions: rows.map(view) });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.post('/suppressions', async (req, res, next) => {
    try {
      const target = adminSuppressionTarget((req.body ?? {}) as Record<string, unknown>);
      const { added, withdrawn } = await suppressRecipient(ctx, target, 'admin');
      res.status(added ? 201 : 200).json({ ...target, added, withdrawn: withdrawn.length });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.delete('/suppressions/:kind/:value', async (req, res, next) => {
    try {
      const kind = String(req.params.kind);
      if (kind !== 'address' && kind !== 'domain') {
        throw new AppError(
          'bad_request',
          'kind must be address or domain: DELETE /api/suppressions/address/EMAIL.',
        );
      }
      const value = String(req.params.value);
      const target =
        kind === 'address' ? suppressedAddress(value, 'the address') : suppressedDomain(value, 'the domain');
      if (!(await unsuppressRecipient(ctx, target))) {
        throw new AppError('not_found', `${target.value} is not on the suppression list.`);
      }
      res.json({ ...target, removed: true });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  return router;
}
