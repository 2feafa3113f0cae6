/** attributeUnhandled: a file that never finished takes the run's errors no file claimed. */
import { describe, expect, it } from 'vitest';
import { attributeUnhandled, type KataTestReport } from './run-tests.ts';

const report = (status: KataTestReport['status'], loadErrors: string[] = []): KataTestReport => ({
  id: 'hashmap/two-sum', impl: 'learner', seed: 1, status, passed: 0, failed: 0, failures: [], loadErrors,
});
const DIED = 'Error: Worker exited unexpectedly';

describe('attributeUnhandled', () => {
  it('fails a file that seemed to pass, with the run’s errors', () => {
    expect(attributeUnhandled(report('passing'), [DIED])).toMatchObject({ status: 'failing', loadErrors: [DIED] });
  });
  it('adds them to a file that does not pass, keeping its status', () => {
    expect(attributeUnhandled(report('failing', ['the test file did not run']), [DIED])).toMatchObject({ status: 'failing', loadErrors: ['the test file did not run', DIED] });
    expect(attributeUnhandled(report('not-started'), [DIED])).toMatchObject({ status: 'not-started', loadErrors: [DIED] });
  });
  it('leaves a passing file as it is when the run had none', () => {
    expect(attributeUnhandled(report('passing'), [])).toEqual(report('passing'));
  });
});
