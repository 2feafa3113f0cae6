/**
 * The isolated test process (see isolated.ts): runs Vitest in-process and streams each kata's
 * report (or each target's, for one test file against several), with progress in between so the
 * parent can tell a slow run from a stuck one.
 */
import { runToEnd, send } from '../process/channel.ts';
import { runKataTestsHere } from './run-tests.ts';
import { runTestFileHere } from './against-targets.ts';
import type { TestsChildMessage, TestsChildRequest } from './isolated.ts';

await runToEnd<TestsChildRequest>(async (request) => {
  const pending: Promise<void>[] = [];
  let lastProgress = 0;
  const progress = () => {
    // At most a few messages a second: the parent only needs to know the run is moving.
    const now = Date.now();
    if (now - lastProgress > 200) { lastProgress = now; pending.push(send<TestsChildMessage>({ progress: true })); }
  };
  if ('file' in request) {
    const { id, testFile, targets } = request.file;
    await runTestFileHere(id, testFile, targets, request.options, (key, report) => { pending.push(send<TestsChildMessage>({ report, key })); }, progress);
  } else {
    await runKataTestsHere(request.ids, request.impl, request.options, (report) => { pending.push(send<TestsChildMessage>({ report })); }, progress);
  }
  await Promise.all(pending);
});
