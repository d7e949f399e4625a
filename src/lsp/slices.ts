// Long loops in slices: the server answers messages between them, so a playbook of 10,000 files never holds
// the event loop for long (setTimeout exists in Node and in a browser worker alike).

/** How long a slice may run before the loop lets other work in. */
export const SLICE_MS = 20;

/** A turn of the event loop: pending messages are read and answered before the loop goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `run` on every item, yielding to the event loop every SLICE_MS; stops early when `stop` says so. */
export async function sliced<T>(items: Iterable<T>, run: (item: T) => void, stop?: () => boolean): Promise<void> {
  let started = Date.now();
  for (const item of items) {
    if (stop?.()) return;
    run(item);
    if (Date.now() - started >= SLICE_MS) {
      await nextTurn();
      started = Date.now();
    }
  }
}
