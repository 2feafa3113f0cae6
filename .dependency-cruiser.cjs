/**
 * Layer check for harness/ (npm run test:layers). The layer order is read from the numbered list
 * under "## Layers" in docs/architecture.md, the one place it is written down: a module may import
 * from its own folder and from lower layers only. Import cycles are refused everywhere.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');

function layers() {
  const text = readFileSync(path.join(__dirname, 'docs', 'architecture.md'), 'utf8');
  const section = text.split(/^## Layers\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const found = [...section.matchAll(/^\d+\.\s+(.+)$/gm)].map((m) => m[1].split(',').map((f) => f.trim()).filter(Boolean));
  if (found.length < 2) throw new Error('docs/architecture.md: no numbered layer list under "## Layers".');
  return found;
}

const order = layers();
const folder = (name) => `^harness/${name}/`;
const rules = [];
order.forEach((level, i) => {
  const allowed = order.slice(0, i).flat();
  for (const name of level) {
    rules.push({
      name: `layer-${name}`,
      comment: `harness/${name}/ (layer ${i + 1}) imports only its own folder and lower layers: ${allowed.join(', ') || 'none'}.`,
      severity: 'error',
      from: { path: folder(name), pathNot: '\\.test\\.ts$' },
      to: { path: '^harness/', pathNot: [folder(name), ...allowed.map(folder)] },
    });
  }
});

module.exports = {
  forbidden: [
    { name: 'no-cycles', comment: 'Import cycles make the layer order meaningless.', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-unlayered-folder',
      comment: 'Every folder of harness/ has a layer in docs/architecture.md (test support aside).',
      severity: 'error',
      from: { path: '^harness/', pathNot: [...order.flat().map(folder), '^harness/(testing|fixtures)/', '\\.test\\.ts$'] },
      to: {},
    },
    {
      name: 'test-support-only-in-tests',
      comment: 'harness/testing/ and harness/fixtures/ are for test files only.',
      severity: 'error',
      from: { path: '^harness/', pathNot: ['\\.test\\.ts$', '^harness/(testing|fixtures)/'] },
      to: { path: '^harness/(testing|fixtures)/' },
    },
    ...rules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
