/**
 * Calls back (debounced) when anything in a folder changes. fs.watch is a hint, not a
 * guarantee (callers still poll): the folder may not exist yet, may be deleted and
 * recreated (a new inode the old watcher never sees), and some filesystems drop events.
 * So a missing or replaced folder is re-watched on a timer, and a folder that appears
 * counts as a change.
 */
import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface WatchOptions {
  /** Quiet time before the callback fires: editors write a file in several steps. */
  debounceMs?: number;
  /** How often to look for a folder that is missing or was replaced. */
  retryMs?: number;
  /** Called each time a watcher is attached to the folder (tests wait for it). */
  onWatching?: () => void;
}

async function inodeOf(dir: string): Promise<bigint | null> {
  try {
    const info = await stat(dir, { bigint: true });
    return info.isDirectory() ? info.ino : null;
  } catch {
    return null;
  }
}

/** Watches `dir`; returns a function that stops watching. Never throws. */
export function watchFolder(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 250;
  const retryMs = options.retryMs ?? 5_000;
  let watcher: FSWatcher | undefined;
  let watchedInode: bigint | null = null;
  let debounce: NodeJS.Timeout | undefined;
  let stopped = false;
  let busy = false;

  const close = () => {
    watcher?.close();
    watcher = undefined;
  };

  const fire = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      if (stopped) return;
      onChange();
      void checkFolder();
    }, debounceMs);
    debounce.unref();
  };

  const open = async (): Promise<boolean> => {
    const inode = await inodeOf(dir);
    if (stopped || inode === null) return false;
    try {
      watcher = watch(dir, { persistent: false }, fire);
      watcher.on('error', () => {
        close();
        fire();
      });
      watchedInode = inode;
      options.onWatching?.();
      return true;
    } catch {
      return false;
    }
  };

  // A folder that vanished or was swapped for a new one needs a new watcher.
  const checkFolder = async () => {
    if (stopped || busy) return;
    busy = true;
    try {
      const inode = await inodeOf(dir);
      if (watcher && inode === watchedInode) return;
      close();
      if ((await open()) && !stopped) fire();
    } finally {
      busy = false;
    }
  };

  const retry = setInterval(() => void checkFolder(), retryMs);
  retry.unref();
  busy = true;
  void open().finally(() => {
    busy = false;
  });

  return () => {
    stopped = true;
    clearInterval(retry);
    clearTimeout(debounce);
    close();
  };
}
