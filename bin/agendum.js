#!/usr/bin/env node
// The `agendum` command. Runs the compiled code in dist/ when `npm run build` made it from the
// sources as they are now (bin/compiled-entry.js decides); otherwise the TypeScript sources
// through tsx, as in development. AGENDUM_DEBUG_ENTRY=1 prints which one to stderr.
import { chooseEntry } from './compiled-entry.js';

const entry = chooseEntry();
if (process.env.AGENDUM_DEBUG_ENTRY) console.error(`agendum: entry ${entry.kind} ${entry.file}`);
if (entry.kind === 'stale' && process.argv[2] === 'start') {
  // Only for `start`, where the compiled code matters (memory); other verbs stay quiet on stderr.
  console.error('agendum: dist/ is out of date with src/, running the sources through tsx (npm run build)');
}
if (entry.kind !== 'dist') {
  // Loaded only here: the compiled code runs without tsx's loader in the process.
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry.url);
