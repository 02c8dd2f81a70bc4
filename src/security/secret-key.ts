/**
 * The service's secret: signs action links and (later) encrypts OAuth tokens. From
 * AGENDUM_SECRET_KEY when set; otherwise the embedded default generates one on first start
 * and keeps it in the data folder, readable by the owner only. Loading it also tightens the
 * data folder itself to owner-only (0700), whichever way the key comes: the folder holds the
 * database and the local mail too, and every start passes through here.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import { makePrivateDir, PRIVATE_FILE_MODE, tightenMode } from './private-files.js';

const KEY_FILE = 'secret.key';

/**
 * Returns the 32-byte key, creating `<dataDir>/secret.key` (mode 0600, `dataDir` 0700) when
 * needed. An existing `dataDir` and key file lose group/other access.
 */
export async function loadSecretKey(secretKeyHex: string | undefined, dataDir: string): Promise<Buffer> {
  // Not created here when the key comes from the environment: a PostgreSQL install may
  // have no data folder at all.
  await tightenMode(dataDir);
  if (secretKeyHex) return Buffer.from(secretKeyHex, 'hex');
  const file = path.join(dataDir, KEY_FILE);
  try {
    // A key written by an older version may be group-readable.
    await tightenMode(file);
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
  await makePrivateDir(dataDir);
  const key = randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; then use theirs.
  try {
    await writeFile(file, `${key.toString('hex')}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(undefined, dataDir);
    throw err;
  }
}
