/**
 * The service's secret: signs action links and (later) encrypts OAuth tokens. From
 * AGENDUM_SECRET_KEY when set; otherwise the embedded default generates one on first start
 * and keeps it in the data folder, readable by the owner only.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';

const KEY_FILE = 'secret.key';

/** Returns the 32-byte key, creating `<dataDir>/secret.key` (mode 0600) when needed. */
export async function loadSecretKey(secretKeyHex: string | undefined, dataDir: string): Promise<Buffer> {
  if (secretKeyHex) return Buffer.from(secretKeyHex, 'hex');
  const file = path.join(dataDir, KEY_FILE);
  try {
    const hex = (await readFile(file, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/i.test(hex)) {
      throw new AppError(
        'config_invalid',
        `${file} does not hold a 64-character hex key. Restore it from a backup, or set AGENDUM_SECRET_KEY. (Deleting it invalidates every link already emailed.)`,
      );
    }
    return Buffer.from(hex, 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; then use theirs.
  try {
    await writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(undefined, dataDir);
    throw err;
  }
}
