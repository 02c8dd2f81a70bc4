/**
 * The document inside the preview frame: a draft's HTML part, served at `<page>/frame` with
 * a policy of its own. Email HTML carries its look in style attributes (mail apps drop
 * stylesheets), so the frame must allow those — which the pages' hash-only policy must not:
 * a `srcdoc` frame would inherit it. This document allows inline style attributes and
 * nothing else (no script, no stylesheet, no font, no request but `data:` images), is
 * sandboxed by its own policy even when opened on its own, and may be framed by our pages
 * only.
 */
import type { Response } from 'express';
import { previewFrameDocument } from './pages/draft-preview.js';

/** The frame document's whole policy (it replaces the pages' one for this response). */
export const FRAME_CSP = [
  "default-src 'none'",
  "style-src-attr 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  'sandbox',
].join('; ');

/** Sends the HTML part `partHtml` (its confirmation link already a placeholder) as the frame's document. */
export function sendPreviewFrame(res: Response, partHtml: string): void {
  res.setHeader('Content-Security-Policy', FRAME_CSP);
  // Our pages frame it; nobody else may (the pages themselves say DENY).
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  // The sandbox gives the document an opaque origin, which cannot be origin-keyed: Chromium
  // warns on every load when asked to.
  res.removeHeader('Origin-Agent-Cluster');
  res.type('html').send(previewFrameDocument(partHtml));
}

/** What the frame shows when there is nothing to preview (a draft decided meanwhile). */
export function sendEmptyFrame(res: Response, status: number): void {
  res.status(status);
  sendPreviewFrame(res, '<!doctype html><html><head></head><body></body></html>');
}
