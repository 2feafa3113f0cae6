/**
 * The child's side of supervisor.ts. A child reads its first request with `firstRequest`, sends
 * typed messages with `send`, and ends in one of two ways: `runToEnd` (one piece of work, then
 * "done", or "crash" with the exception it caught) or `serve` (long-lived: "idle", then each
 * further request in turn, "idle" after each). Every message also tells the parent's watchdog the
 * child is moving: while it works on a request, a child sends one well within the stall limit.
 */

/** What travels from child to parent; only this module and supervisor.ts see it. */
export type Envelope<Msg> =
  | { t: 'message'; message: Msg }
  | { t: 'idle' }
  | { t: 'done' }
  | { t: 'crash'; message: string };

const post = <Msg>(envelope: Envelope<Msg>) =>
  new Promise<void>((resolve) => {
    // A parent that has gone away cannot be told; the disconnect handler (firstRequest) ends this process.
    if (!process.connected) return resolve();
    process.send!(envelope, () => resolve());
  });

let watchingParent = false;

/** The request the parent started this child with. */
export function firstRequest<Req>(): Req {
  if (!watchingParent) {
    watchingParent = true;
    // The parent normally kills this group when it is done; if the parent itself dies (Ctrl-C),
    // the channel closes and the group ends itself, so nothing started here is left running.
    process.once('disconnect', () => {
      try {
        process.kill(-process.pid, 'SIGKILL');
      } finally {
        process.exit(1);
      }
    });
  }
  return JSON.parse(process.argv[2] ?? 'null') as Req;
}

/** Sends one message; resolves once it is on its way (so a following exit does not lose it). */
export function send<Msg>(message: Msg): Promise<void> {
  return post({ t: 'message', message });
}

/** Runs the child's one piece of work, says done (or crash), and ends the process. */
export async function runToEnd<Req>(work: (request: Req) => Promise<void>): Promise<never> {
  try {
    await work(firstRequest<Req>());
    await post({ t: 'done' });
    process.exit(0);
  } catch (error) {
    await post({ t: 'crash', message: (error as Error)?.stack ?? String(error) });
    process.exit(1);
  }
}

/**
 * A long-lived child: says idle (ready), then handles each request from the parent, one at a time,
 * saying idle after each. An exception ends the child as a crash: its state is not to be trusted.
 */
export function serve<Req>(handle: (request: Req) => Promise<void>): void {
  let queue = Promise.resolve();
  process.on('message', (request: Req) => {
    queue = queue.then(async () => {
      try {
        await handle(request);
        await post({ t: 'idle' });
      } catch (error) {
        await post({ t: 'crash', message: (error as Error)?.stack ?? String(error) });
        process.exit(1);
      }
    });
  });
  void post({ t: 'idle' });
}
