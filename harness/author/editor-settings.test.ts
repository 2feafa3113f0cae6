/**
 * The workspace as a learner's VS Code shows it (.vscode/, committed): the references and the
 * harness's internals are hidden from the file tree, quick-open and search, and the Vitest
 * extension loads vitest.katas.config.ts (`vitest.rootConfig`), so its Testing view lists the
 * katas' tests and none of the harness's own.
 *
 * settings.json is read with JSON.parse: VS Code would accept comments in it, this test does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVitest, type Vitest } from 'vitest/node';
import { ROOT } from '../base/paths.ts';
import katasConfig from '../../vitest.katas.config.ts';

const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
const extensions = JSON.parse(readFileSync(path.join(ROOT, '.vscode/extensions.json'), 'utf8')) as { recommendations?: string[] };

/** VS Code's glob syntax, as far as these settings use it: `**`, `*`, `?`, `{a,b}`. */
function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) { source += '(?:.*/)?'; i += 2; }
    else if (glob.startsWith('**', i)) { source += '.*'; i += 1; }
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Whether a workspace-relative path is hidden by an exclude setting: it or a folder above it matches a pattern set to true. */
function hiddenBy(setting: string, file: string): boolean {
  const patterns = Object.entries((settings[setting] ?? {}) as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => globRegExp(glob));
  const parts = file.split('/');
  return parts.some((_, i) => patterns.some((p) => p.test(parts.slice(0, i + 1).join('/'))));
}

/** Every file under a workspace folder, workspace-relative with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** What a learner works with and reads: the katas (metadata aside), the README, the kit their stubs and tests import. */
const LEARNER_NEEDS = [
  ...filesUnder('katas').filter((f) => path.basename(f) !== 'meta.ts'),
  'README.md', 'package.json', 'harness/kit/index.ts', 'harness/kit/testing.ts',
  // The learner's own solution files (git-ignored, per learner; none exist in a fresh checkout).
  'work/hashmap/two-sum/two-sum.ts',
];
/** Spoilers, and internals a learner never edits. */
const HIDDEN = [
  ...filesUnder('solutions'),
  ...filesUnder('katas').filter((f) => path.basename(f) === 'meta.ts'),
  ...readdirSync(path.join(ROOT, 'harness'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'kit').map((e) => `harness/${e.name}`),
  'docs/mutation.md', 'docs/mutation.json', '.stryker-tmp/sandbox-1/solutions/hashmap/two-sum/two-sum.ts', 'reports/mutation/mutation.html', 'node_modules/vitest/package.json',
];

describe('.vscode/settings.json', () => {
  for (const setting of ['files.exclude', 'search.exclude']) {
    it(`${setting} hides the references (with their hints in meta.ts), the harness's internals, mutation reports and node_modules`, () => {
      expect(HIDDEN.filter((f) => f.startsWith('solutions/')).length, 'solutions/ has files to hide').toBeGreaterThan(100);
      expect(HIDDEN.filter((f) => !hiddenBy(setting, f)), 'shown, but should be hidden').toEqual([]);
    });
    it(`${setting} keeps every kata file a learner reads or edits visible, and the README and package.json`, () => {
      expect(LEARNER_NEEDS.filter((f) => f.endsWith('.test.ts')).length, 'katas/ has test files').toBeGreaterThan(50);
      expect(LEARNER_NEEDS.filter((f) => hiddenBy(setting, f)), 'hidden, but a learner needs it').toEqual([]);
    });
  }

  it('points the Vitest extension at the katas-only config, and recommends the extension', () => {
    expect(settings['vitest.rootConfig']).toBe('vitest.katas.config.ts');
    expect(extensions.recommendations).toContain('vitest.explorer');
  });
});

describe('vitest.katas.config.ts (what the Vitest extension runs)', () => {
  let vitest: Vitest;
  beforeAll(async () => {
    vitest = await createVitest('test', { config: path.join(ROOT, settings['vitest.rootConfig'] as string), watch: false, reporters: [] });
  });
  afterAll(() => vitest?.close());

  it('has exactly one project, katas, with the kata test settings', () => {
    const projects = katasConfig.test?.projects ?? [];
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ test: { name: 'katas', include: ['katas/**/*.test.ts'] } });
    expect(vitest.projects.map((p) => p.name)).toEqual(['katas']);
  });

  it('collects every kata test file and no harness test file', async () => {
    const collected = (await vitest.globTestSpecifications()).map((s) => path.relative(ROOT, s.moduleId).split(path.sep).join('/')).sort();
    const kataTests = filesUnder('katas').filter((f) => f.endsWith('.test.ts')).sort();
    expect(collected.filter((f) => !f.startsWith('katas/')), 'collected outside katas/').toEqual([]);
    expect(collected).toEqual(kataTests);
    expect(filesUnder('harness').some((f) => f.endsWith('.test.ts')), 'the harness has tests that must stay out').toBe(true);
  });
});
