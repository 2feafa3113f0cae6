import pc from 'picocolors';
import { shownPath } from '../../base/paths.ts';
import { HERE } from '../../learner/work.ts';
import { updateWorkspace } from '../../learner/update.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'update' },
  args: {
    pull: { type: 'boolean', default: true, description: 'Pull the new version from the branch\'s upstream (git pull --ff-only)', negativeDescription: 'Do not pull: only sort out work/ after you updated the files yourself' },
  },
  async run({ args }) {
    const result = updateWorkspace({ places: HERE, pull: args.pull });
    for (const m of result.moved) {
      out(pc.yellow(`${m.id}: your solution moved from katas/ to ${shownPath(m.file)}${m.backup ? ` (the copy in katas/ differed from it and is kept in ${shownPath(m.backup)})` : ''}; katas/ holds the shipped stub again.`));
    }
    out(result.pull.text.charAt(0).toUpperCase() + result.pull.text.slice(1) + '.');
    if (result.dependenciesChanged) out(pc.yellow('The dependencies changed: run `npm ci` before the next check.'));
    for (const id of result.added) out(`${pc.green('new')}  ${id}`);
    for (const id of result.refreshed) out(`${pc.dim('updated')}  ${id}: you had not changed your file, so it follows the new version`);
    for (const c of result.changed) {
      out(`${pc.yellow('changed upstream')}  ${c.id} (${c.parts.join(', ')}): your file is untouched. \`npx kata diff ${c.id}\` shows the change; \`npx kata reset ${c.id}\` takes the new stub (yours is backed up).`);
    }
    if (result.added.length + result.refreshed.length + result.changed.length === 0) out('No kata you worked on changed, and no kata is new.');
    return 0;
  },
});
