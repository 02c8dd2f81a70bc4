/**
 * The template versions saved in the browser (TemplateVersion rows) as a layer above the
 * files on disk. The newest row of each language and path wins; a row without a body means
 * "reset to the bundled file", so that path reads from disk again. The rows are read into
 * memory at start and after each save (`load`): compiling reads many files, one query is enough.
 */
import type { Db } from '../db/client.js';
import type { Language } from '../domain/languages.js';
import type { TemplateSource } from './template-source.js';

/** The newest saved body of each `<language>/<path>`, reset paths left out. */
export type StoredBodies = ReadonlyMap<string, string>;

/** The key of a path in StoredBodies. */
export const storedKey = (language: string, rel: string): string => `${language}/${rel}`;

/** How a saved version is named in errors and by `TemplateText.file`. */
export const storedFileName = (language: string, rel: string): string =>
  `${rel} (${language}, saved version)`;

/** One language's saved versions as a TemplateSource (the top layer, folderSources' `over`). */
export function storedSource(bodies: () => StoredBodies, language: Language): TemplateSource {
  return {
    name: `saved versions (${language})`,
    async read(rel) {
      const text = bodies().get(storedKey(language, rel));
      return text === undefined ? null : { file: storedFileName(language, rel), text };
    },
    async list(folder) {
      const prefix = storedKey(language, `${folder}/`);
      return [...bodies().keys()]
        .filter((k) => k.startsWith(prefix) && k.endsWith('.hbs') && !k.slice(prefix.length).includes('/'))
        .map((k) => k.slice(prefix.length))
        .sort();
    },
    where: (rel) => storedFileName(language, rel),
  };
}

/** The saved versions, read once and again after each save. */
export interface StoredTemplates {
  /** What the templates read now. */
  bodies(): StoredBodies;
  /** Reads the newest version of every path from the database. */
  load(): Promise<void>;
  /** True when the database holds versions this process has not loaded (another instance saved). */
  changed(): Promise<boolean>;
}

/** The newest body of each path from rows in any order; a reset (null body) hides older ones. */
export function newestBodies(
  rows: readonly { language: string; path: string; body: string | null; createdAt: Date; id: string }[],
): Map<string, string> {
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = storedKey(row.language, row.path);
    const seen = newest.get(key);
    const later =
      !seen ||
      row.createdAt.getTime() > seen.createdAt.getTime() ||
      (row.createdAt.getTime() === seen.createdAt.getTime() && row.id > seen.id);
    if (later) newest.set(key, row);
  }
  const out = new Map<string, string>();
  for (const [key, row] of newest) if (row.body !== null) out.set(key, row.body);
  return out;
}

/** The saved versions in `db`; empty until `load`. */
export function createStoredTemplates(db: Pick<Db, 'templateVersion'>): StoredTemplates {
  let current: StoredBodies = new Map();
  let loaded = '';
  // Versions are only ever added, so their count and newest time say whether anything changed.
  const stamp = async () => {
    const agg = await db.templateVersion.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
    return `${agg._count._all}@${agg._max.createdAt?.getTime() ?? 0}`;
  };
  return {
    bodies: () => current,
    async load() {
      const at = await stamp();
      // Every row is read: a team keeps a few hundred versions at most, and the newest per
      // path is a grouping both SQLite and PostgreSQL would do differently.
      const rows = await db.templateVersion.findMany({
        select: { id: true, language: true, path: true, body: true, createdAt: true },
      });
      current = newestBodies(rows);
      loaded = at;
    },
    async changed() {
      return (await stamp()) !== loaded;
    },
  };
}
