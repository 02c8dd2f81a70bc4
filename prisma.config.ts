/**
 * Prisma CLI configuration, for `prisma generate` / `validate` / `format` (run by
 * scripts/generate-clients.mjs). AGENDUM_PRISMA_DIALECT picks the schema: `sqlite`
 * (default) or `postgres`; both are derived from prisma/models.prisma.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Every Prisma CLI command first tries to download the native schema engine, which is
// unreachable offline. Pointing at an existing stub skips the download; migrations are
// created and applied by our own scripts instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'scripts', 'schema-engine-stub.sh');

const dialect = process.env.AGENDUM_PRISMA_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

export default defineConfig({
  schema: path.join(root, 'prisma', dialect, 'schema.prisma'),
  migrations: { path: path.join(root, 'prisma', dialect, 'migrations') },
});
