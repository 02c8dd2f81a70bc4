/**
 * Where template files are read from. A source answers by relative path
 * (`agenda/discovery.hbs`, `partials/point-text.hbs`, `playbook.yaml`): a folder on disk, or
 * several read in order, so a language's folder can hold only the files it translates and
 * English fills in the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One template file's text and the name it is reported by (a path, for errors with a line). */
export interface TemplateText {
  file: string;
  text: string;
}

export interface TemplateSource {
  /** For messages: the folder, or the folders in the order they are read. */
  name: string;
  /** The file at `rel`, or null when this source has none. */
  read(rel: string): Promise<TemplateText | null>;
  /** The `.hbs` file names in a folder (`partials`), sorted, across every layer. */
  list(folder: string): Promise<string[]>;
  /** Where a missing file was expected, for the error that says so. */
  where(rel: string): string;
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The files under one folder. */
export function fileSource(dir: string): TemplateSource {
  return {
    name: dir,
    async read(rel) {
      const file = path.join(dir, rel);
      const text = await readIfPresent(file);
      return text === null ? null : { file, text };
    },
    async list(folder) {
      const names = await readdir(path.join(dir, folder)).catch(() => [] as string[]);
      return names.filter((f) => f.endsWith('.hbs')).sort();
    },
    where: (rel) => path.join(dir, rel),
  };
}

/** Several sources read in order: the first that has a file wins. */
export function layeredSource(layers: readonly TemplateSource[]): TemplateSource {
  const last = layers[layers.length - 1];
  if (!last) throw new Error('layeredSource needs at least one layer');
  return {
    name: layers.map((l) => l.name).join(' over '),
    async read(rel) {
      for (const layer of layers) {
        const found = await layer.read(rel);
        if (found) return found;
      }
      return null;
    },
    async list(folder) {
      const all = await Promise.all(layers.map((l) => l.list(folder)));
      return [...new Set(all.flat())].sort();
    },
    where: (rel) => last.where(rel),
  };
}
