/** The isolated test process (see isolated.ts): runs Vitest in-process and streams each kata's report. */
import { runKataTestsHere } from './run-tests.ts';
import type { TestsChildMessage, TestsChildRequest } from './isolated.ts';

const send = (message: TestsChildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

const request = JSON.parse(process.argv[2] ?? '{}') as TestsChildRequest;
try {
  const pending: Promise<void>[] = [];
  let lastProgress = 0;
  const progress = () => {
    // At most a few messages a second: the parent only needs to know the run is moving.
    const now = Date.now();
    if (now - lastProgress > 200) { lastProgress = now; pending.push(send({ progress: true })); }
  };
  await runKataTestsHere(request.ids, request.impl, request.options, (report) => { pending.push(send({ report })); }, progress);
  await Promise.all(pending);
  await send({ done: true });
} catch (error) {
  await send({ crash: (error as Error)?.stack ?? String(error) });
}
process.exit(0);
