/**
 * Where browser tests keep their page screenshots: `test-artifacts/screenshots/` in the
 * repository (ignored by git; CI can upload it), or AGENDUM_SCREENSHOTS_DIR.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS_DIR =
  process.env.AGENDUM_SCREENSHOTS_DIR ?? path.join(ROOT, 'test-artifacts', 'screenshots');

/** Saves a full-page screenshot as `<name>.png`; returns its path and size in bytes. */
export async function saveScreenshot(page: Page, name: string): Promise<{ file: string; bytes: number }> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return { file, bytes: (await stat(file)).size };
}
