#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded offline.
# prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here so `prisma generate`, `validate`
# and `format` work without it. Migrations are created by scripts/create-migration.ts
# (wasm engine) and applied by src/db/migrate.ts, never by this binary.
if [ "$1" = "--version" ]; then
  echo "schema-engine-cli 0.0.0-offline-stub"
  exit 0
fi
echo "agendum: the native Prisma schema engine is not installed. Create migrations with" >&2
echo "'npm run db:migration -- <name>' and apply them with 'npm run migrate'." >&2
exit 1
