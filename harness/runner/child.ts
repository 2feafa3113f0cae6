/** The isolated test process (see isolated.ts): runs Vitest in-process and streams each kata's report. */
import { runKataTestsHere } from './run-tests.ts';
import type { TestsChildMessage, TestsChildRequest } from './isolated.ts';

const send = (message: TestsChildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

const request = JSON.parse(process.argv[2] ?? '{}') as TestsChildRequest;
try {
  const pending: Promise<void>[] = [];
  await runKataTestsHere(request.ids, request.impl, request.options, (report) => { pending.push(send({ report })); });
  await Promise.all(pending);
  await send({ done: true });
} catch (error) {
  await send({ crash: (error as Error)?.stack ?? String(error) });
}
process.exit(0);
