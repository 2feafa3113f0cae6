import { describe, expect, it } from 'vitest';
import { importsOnlyKit } from './meta-cache.ts';

describe('importsOnlyKit: which meta.ts files the metadata cache may key by their own content', () => {
  it('accepts a module that imports only #kit', () => {
    expect(importsOnlyKit("import { defineKata } from '#kit';\n\nexport default defineKata({ title: 'x' });\n")).toBe(true);
    expect(importsOnlyKit('import type { KataMeta } from "#kit";\nexport default {} as KataMeta;\n')).toBe(true);
    expect(importsOnlyKit('export default { title: "no imports at all" };\n')).toBe(true);
  });

  it('refuses one whose export depends on another file, which a change could alter unseen', () => {
    expect(importsOnlyKit("import { defineKata } from '#kit';\nimport { hints } from './shared.ts';\n")).toBe(false);
    expect(importsOnlyKit("import '../setup.ts';\nimport { defineKata } from '#kit';\n")).toBe(false);
    expect(importsOnlyKit("export { default } from './other-meta.ts';\n")).toBe(false);
    expect(importsOnlyKit("const m = await import('./x.ts');\n")).toBe(false);
    expect(importsOnlyKit("const m = require('./x.cjs');\n")).toBe(false);
  });
});
