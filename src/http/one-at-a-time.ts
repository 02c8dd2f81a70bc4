/**
 * Runs tasks that share a key one after another, in this process. The confirmation page
 * reads "is there a recent change on this link?" and then writes; five POSTs racing on one
 * link would all read "no" and send five notices. The rate limit bounds what several
 * instances could still race.
 */

/** A runner: `run(key, task)` starts `task` once every earlier task with `key` has settled. */
export function oneAtATime(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    // The tail never rejects, so one failed task does not fail the ones queued behind it.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // Forget idle keys so the map holds only links being answered right now.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
