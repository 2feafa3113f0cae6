import pc from 'picocolors';
import { runChecks } from '../../check/pipeline.ts';
import { firstUnsolved, listProgress } from '../../learner/progress.ts';
import { LEARNER } from '../../impl/impl.ts';
import { openWork } from '../../learner/work.ts';
import { shownPath } from '../../base/paths.ts';
import { loadState } from '../../state/store.ts';
import { err, kataCommand, out, warnIfUnsandboxed } from '../command.ts';
import { renderCheck, renderProgress } from '../render.ts';

export default kataCommand({
  meta: { name: 'start' },
  args: {},
  async run() {
    const { state, warning } = loadState();
    if (warning) err(warning);
    const rows = await listProgress(undefined, state);
    out(renderProgress(rows));
    const next = firstUnsolved(rows);
    if (!next) {
      out('', );
      out(pc.green('Every kata passes. Next: `npx kata dev lint --full` if you add katas, or practise a pattern again after `npx kata reset <kata>`.'));
      return 0;
    }
    out('');
    const { file } = openWork(next.id);
    out(pc.bold(`Next up: ${next.id}${next.title ? ` (${next.title})` : ''}. Task: katas/${next.id}/README.md; your code: ${shownPath(file)}`));
    out('');
    warnIfUnsandboxed(LEARNER);
    const [outcome] = await runChecks([next.id], LEARNER, { record: true });
    out(renderCheck(outcome!));
    return 0;
  },
});
