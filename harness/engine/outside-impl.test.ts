/** An implementation outside the workspace that imports `#kit` (a learner's solved stub) is measured like any other. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { solutionFiles } from '../paths.ts';
import { isFailure } from './engine.ts';
import { runComplexity } from './run.ts';

describe('measuring an implementation outside the workspace', () => {
  it('resolves its `#kit` import to this workspace\'s kit', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-outside-'));
    mkdirSync(path.join(dir, 'hashmap/two-sum'), { recursive: true });
    const source = `import { NotImplemented } from '#kit';\nvoid NotImplemented;\n${readFileSync(solutionFiles('hashmap/two-sum').reference, 'utf8')}`;
    writeFileSync(path.join(dir, 'hashmap/two-sum/two-sum.ts'), source);
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: { kind: 'dir', dir }, target: 'n' }], { seed: 5 });
    expect(isFailure(result!) ? result.error : 'measured').toBe('measured');
  }, 60_000);
});
