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

/** One folder watch: the fs.watch handle, the debounce timer and the re-watch timer. */
class FolderWatch {
  private watcher: FSWatcher | undefined;
  private watchedInode: bigint | null = null;
  private debounce: NodeJS.Timeout | undefined;
  private readonly retry: NodeJS.Timeout;
  private stopped = false;
  private busy = false;
  /** The first look only attaches; a folder that appears later counts as a change. */
  private checkedOnce = false;

  constructor(
    private readonly dir: string,
    private readonly onChange: () => void,
    private readonly options: WatchOptions,
  ) {
    this.retry = setInterval(() => void this.checkFolder(), options.retryMs ?? 5_000);
    this.retry.unref();
    void this.checkFolder();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.retry);
    clearTimeout(this.debounce);
    this.close();
  }

  private close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private fire(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (this.stopped) return;
      try {
        this.onChange();
      } catch {
        // A failing callback must not crash the process from a timer; the next poll retries.
      }
      void this.checkFolder();
    }, this.options.debounceMs ?? 250);
    this.debounce.unref();
  }

  private async open(): Promise<boolean> {
    const inode = await inodeOf(this.dir);
    if (this.stopped || inode === null) return false;
    try {
      this.watcher = watch(this.dir, { persistent: false }, () => this.fire());
      this.watcher.on('error', () => {
        this.close();
        this.fire();
      });
      this.watchedInode = inode;
      this.options.onWatching?.();
      return true;
    } catch {
      return false;
    }
  }

  /** (Re)attaches the watcher when the folder appeared, vanished or was replaced. */
  private async checkFolder(): Promise<void> {
    if (this.stopped || this.busy) return;
    this.busy = true;
    try {
      const inode = await inodeOf(this.dir);
      if (this.watcher && inode === this.watchedInode) return;
      const first = !this.checkedOnce;
      this.checkedOnce = true;
      this.close();
      // A folder that appeared (or came back) may already hold files: that is a change.
      if ((await this.open()) && !first) this.fire();
    } finally {
      this.busy = false;
    }
  }
}

/** Watches `dir`; returns a function that stops watching. Never throws. */
export function watchFolder(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
  const folderWatch = new FolderWatch(dir, onChange, options);
  return () => folderWatch.stop();
}
