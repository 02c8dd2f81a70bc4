/** How the JSON API answers an error: an AppError as `{error, message}` with its status. */
import type { NextFunction, Response } from 'express';
import { AppError, httpStatusFor } from '../errors.js';

/** An AppError answers as JSON with its status; anything else goes to the app's error handler. */
export function apiError(res: Response, next: NextFunction, err: unknown): void {
  if (err instanceof AppError) {
    res.status(httpStatusFor(err.code)).json({ error: err.code, message: err.message });
    return;
  }
  next(err);
}
