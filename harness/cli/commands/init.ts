import pc from 'picocolors';
import { initPlayerRepository, workspaceSpec } from '../../learner/init.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'init' },
  args: {
    dir: { type: 'positional', required: true, description: 'A new (or empty) directory for your player repository' },
    workspace: { type: 'string', description: 'How its package.json names this workspace (default: the git remote at this commit, else this folder)', valueHint: 'SPEC' },
  },
  async run({ args }) {
    const found = workspaceSpec();
    const spec = args.workspace ? { spec: args.workspace, source: args.workspace, local: args.workspace.startsWith('file:') } : found;
    const result = initPlayerRepository(args.dir, spec);
    out(`Created ${result.dir}: ${result.stubs} kata stubs, package.json (kata: ${result.workspace}), .gitignore, README.md, .github/workflows/kata.yml.`);
    if (spec.local) out(pc.yellow(`The workspace is pinned as a folder of this machine (${result.workspace}): before you push, pass \`--workspace github:<owner>/<repo>#<commit>\` (or give the workspace a git remote) so the workflow can install it.`));
    out(`Next: cd ${result.dir} && git init && npm install && npx kata check two-sum --impl .`);
    return 0;
  },
});
