/** Lint's domain rule: the README's Constraints section states each meta `domain` entry, word for word. */
import { describe, expect, it } from 'vitest';
import type { KataMeta } from '../kit/index.ts';
import { domainReadmeProblems } from './lint.ts';

const meta = (domain?: KataMeta['domain']) => ({ domain }) as unknown as KataMeta;
const readme = (...lines: string[]) => `# K\n\n## Constraints\n${lines.map((l) => `- ${l}\n`).join('')}\n## Examples\n`;

describe('domainReadmeProblems', () => {
  it('accepts a README that states every entry', () => {
    const m = meta({ nums: { kind: 'integer', min: 0 }, key: { kind: 'string' } });
    const ok = readme('`0 <= nums.length <= 10^5`.', 'Every value of `nums` is a non-negative safe integer: any integer from 0 to 2^53 − 1.', 'Every value of `key` is a string of any UTF-16 code units (lone surrogates included); names such as `__proto__` and `constructor` included.');
    expect(domainReadmeProblems(m, ok)).toEqual([]);
  });

  it('names the missing entry and prints the line to add', () => {
    const problems = domainReadmeProblems(meta({ nums: { kind: 'integer', min: 0 } }), readme('Every value is a non-negative integer.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('`nums`');
    expect(problems[0]).toContain('- Every value of `nums` is a non-negative safe integer: any integer from 0 to 2^53 − 1.');
  });

  it('does not take a sentence outside the Constraints section, and asks for a domain when there is none', () => {
    const elsewhere = `# K\n\n## Constraints\n- n is small.\n\n## Notes\n- Every value of \`nums\` is an integer from 1 to 9.\n`;
    expect(domainReadmeProblems(meta({ nums: { kind: 'integer', min: 1, max: 9 } }), elsewhere)).toHaveLength(1);
    expect(domainReadmeProblems(meta(undefined), readme('x'))[0]).toMatch(/has no `domain`/);
    expect(domainReadmeProblems({ noDomain: 'Every cell is one of three fixed characters.' } as unknown as KataMeta, readme('x'))).toEqual([]);
    expect(domainReadmeProblems(meta({ nums: { kind: 'integer' } }), '# K\n')[0]).toMatch(/no "## Constraints" section/);
  });
});
