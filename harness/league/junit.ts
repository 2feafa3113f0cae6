/** JUnit XML for CI interfaces: one test suite per pattern, one test case per kata. */
import { failedStage, marksOfRecord } from '../outcome/outcome.ts';
import type { Results } from './results.ts';

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function toJUnit(results: Results): string {
  const patterns = [...new Set(results.katas.map((k) => k.pattern))];
  const suites = patterns.map((pattern) => {
    const katas = results.katas.filter((k) => k.pattern === pattern);
    // Not started is skipped, not failed; otherwise a kata fails when any stage of its check failed.
    const failures = katas.filter((k) => k.status !== 'not-started' && failedStage(marksOfRecord(k)) !== null).length;
    const skipped = katas.filter((k) => k.status === 'not-started').length;
    const cases = katas.map((k) => {
      const open = `    <testcase classname="${xml(`kata.${pattern}`)}" name="${xml(k.id)}">`;
      if (k.status === 'not-started') return `${open}<skipped message="not started"/></testcase>`;
      const failed = failedStage(marksOfRecord(k));
      if (failed === 'tests') return `${open}\n      <failure message="${xml(`${k.failed} failing tests`)}">${xml(k.failures.join('\n'))}</failure>\n    </testcase>`;
      if (failed === 'complexity') {
        return `${open}\n      <failure message="${xml(`complexity: ${k.complexity!.text}`)}" type="complexity"/>\n    </testcase>`;
      }
      return `${open}${k.complexity ? `<system-out>${xml(`complexity: ${k.complexity.text}`)}</system-out>` : ''}</testcase>`;
    });
    return `  <testsuite name="${xml(`${results.player}: ${pattern}`)}" tests="${katas.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(`kata ${results.player}`)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
