/**
 * The layer check (`npm run test:layers`) passes on the harness as it is, and fails on an upward
 * import, an import between two folders of one layer, and a cycle: each planted in a throwaway copy.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';

const copies: string[] = [];
afterEach(() => { for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function copy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-layers-'));
  copies.push(dir);
  for (const entry of ['harness', 'docs', '.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function cruise(dir: string) {
  const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'depcruise'), ['harness', '--config', '.dependency-cruiser.cjs'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the layer check', { timeout: 60_000 }, () => {
  it('passes on the harness as it is', () => {
    expect(cruise(ROOT)).toMatchObject({ status: 0 });
  });
  it('fails on an upward import, naming the rule', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'harness/outcome/outcome.ts'), "\nimport '../check/pipeline.ts';\n");
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/layer-outcome: harness\/outcome\/outcome\.ts → harness\/check\/pipeline\.ts/);
  });
  it('fails on an import between two folders of the same layer', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'harness/league/junit.ts'), "\nimport '../learner/progress.ts';\n");
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/layer-league/);
  });
  it('fails on an import cycle inside one folder', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'harness/base/errors.ts'), "\nimport './paths.ts';\n");
    appendFileSync(path.join(dir, 'harness/base/paths.ts'), "\nimport './errors.ts';\n");
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-cycles/);
  });
});
