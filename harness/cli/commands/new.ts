import { scaffoldKata } from '../../author/scaffold.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'new' },
  args: { name: { type: 'positional', required: true, description: '<pattern>/<slug>, e.g. heap/kth-largest' } },
  async run({ args }) {
    const result = scaffoldKata(args.name);
    out(`Created ${result.id}:`);
    for (const file of result.files) out(`  ${file}`);
    out('', `It starts as a working copy of the template kata. Rewrite it, then run \`npx kata dev lint ${result.id} --full\` and \`npx kata dev selfcheck ${result.id}\`.`);
    return 0;
  },
});
