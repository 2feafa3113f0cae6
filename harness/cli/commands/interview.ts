/**
 * `kata interview`: a round on a kata the learner has not solved, under interview conditions
 * (learner/interview.ts has the rules). In a terminal: it asks for the approach and the claim,
 * then re-runs the tests on every save (the warm test process of watch mode) under a visible timer,
 * until the tests pass or the time is up, and prints the debrief. Scripted: `--approach` and
 * `--claim` start a round without asking (with `--json`, or when stdin is no terminal, it returns
 * at once), `--check` checks it once, `--hint` and `--give-up`.
 * Exit codes: 0 the round passed (or started, or left to go on), 1 it ended otherwise or a check
 * failed, 2 usage.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { UserError } from '../../base/errors.ts';
import { resolveKata, resolvePattern } from '../../catalogue/katas.ts';
import type { KataOutcome } from '../../check/stage.ts';
import { newSeed } from '../../check/seed.ts';
import type { ComplexityClass } from '../../kit/index.ts';
import {
  checkRound,
  claimOption,
  currentRound,
  endRound,
  makeClaim,
  parseClaim,
  roundHint,
  startRound,
  type Debrief,
  type RoundView,
} from '../../learner/interview.ts';
import { eventsMissed } from '../../learner/watch/session.ts';
import { WarmRunner } from '../../runner/warm.ts';
import { loadState } from '../../state/store.ts';
import { integerOption } from '../options.ts';
import { err, kataCommand, out, warnIfUnsandboxed, type ExitCode } from '../command.ts';
import { claimChoices, renderDebrief, renderRoundCheck, renderRoundScreen, renderStartedRound, scrub, tickHeader, type RoundScreen } from '../interview-view.ts';
import { watchSaves } from '../save-watch.ts';
import { jsonOutput } from '../json-output.ts';

const exitOf = (d: Debrief): ExitCode => (d.outcome === 'passed' ? 0 : 1);

function printDebrief(d: Debrief, json: boolean): ExitCode {
  out(json ? jsonOutput('interview', { action: 'ended', ...d }) : renderDebrief(d));
  return exitOf(d);
}

/** Asks on the terminal until the answer is usable. */
async function ask(view: RoundView): Promise<{ approach: string; claim: ComplexityClass }> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    let approach = '';
    while (!approach) approach = (await rl.question(`${pc.bold('Your approach, in one line:')} `)).trim();
    out('', `${pc.bold('The time complexity you claim for it')} ${pc.dim(`(in terms of the kata's n; round ${view.round})`)}:`, `  ${claimChoices()}`);
    let claim: ComplexityClass | null = null;
    while (!claim) {
      claim = parseClaim(await rl.question(`${pc.bold('Your claim')} (a number or a label): `));
      if (!claim) out(pc.yellow('  Not one of the list: type its number, e.g. 3, or its label, e.g. O(n).'));
    }
    return { approach, claim };
  } finally {
    rl.close();
  }
}

export default kataCommand({
  meta: { name: 'interview' },
  args: {
    pattern: { type: 'string', description: 'Draw from this pattern only', valueHint: 'P' },
    minutes: { type: 'string', description: 'Time limit of a new round (default 45)', valueHint: 'N' },
    approach: { type: 'string', description: 'Your approach in one line (no prompt)', valueHint: 'TEXT' },
    claim: { type: 'string', description: 'The time complexity you claim, e.g. "O(n)" (no prompt)', valueHint: 'O(…)' },
    check: { type: 'boolean', description: 'Check the round in progress once: passing tests (or the time up) end it with the debrief' },
    hint: { type: 'boolean', description: 'The next hint of the round in progress (counted in its debrief)' },
    'give-up': { type: 'boolean', description: 'End the round in progress: the debrief' },
    kata: { type: 'string', description: 'Practise this kata under interview conditions instead of drawing one', valueHint: 'KATA' },
    seed: { type: 'string', description: 'Seed of the draw (starting) or of the property tests (--check); printed' },
    json: { type: 'boolean', description: 'Print one machine-readable result (no prompts: give --approach and --claim)' },
  },
  async run({ args }) {
    const json = Boolean(args.json);
    const { warning } = loadState();
    if (warning) err(warning);
    const actions = [args.check, args.hint, args['give-up']].filter(Boolean).length;
    if (actions > 1) throw new UserError('Give one of --check, --hint and --give-up.');
    const open = await currentRound();

    if (args['give-up']) {
      if (!open) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
      return printDebrief(await endRound('gave-up'), json);
    }
    if (args.hint) {
      const hint = await roundHint();
      out(json ? jsonOutput('interview', { action: 'hint', ...hint }) : `${pc.bold(`Hint ${hint.shown}/${hint.total}:`)} ${hint.text}`);
      return 0;
    }
    if (args.check) {
      if (!open) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
      warnIfUnsandboxed({ kind: 'file', file: open.round.file });
      const seed = integerOption('seed', args.seed) ?? newSeed();
      const checked = await checkRound({
        seed,
        onStage: (stage) => {
          if (stage === 'tests') err(pc.dim(`round ${open.view.round}: running the tests (seed ${seed})…`));
          if (stage === 'complexity') err(pc.dim(`round ${open.view.round}: tests pass; measuring how it grows…`));
        },
      });
      if (checked.debrief) return printDebrief(checked.debrief, json);
      const { report } = checked.outcome.results.tests!;
      if (json) {
        const failures = report.failures.map((f) => ({ test: f.test, message: f.message, ...(f.property ? { counterexample: f.property.counterexample } : {}) }));
        const body = { action: 'checked', round: checked.view.round, ended: false, seed, tests: { status: report.status, passed: report.passed, failed: report.failed, failures, loadErrors: report.loadErrors }, failedChecks: checked.view.failedChecks, deadline: checked.view.deadline };
        out(scrub(jsonOutput('interview', body), open.round.id, checked.view));
      } else {
        out(renderRoundCheck(checked.outcome, open.round.id, checked.view, new Date()));
      }
      return 1;
    }

    // Start a round (or go on with the one in progress), then the claim, then the loop.
    const minutes = integerOption('minutes', args.minutes, { min: 1, max: 600 });
    const claimGiven = args.claim === undefined ? null : claimOption(args.claim);
    const approachGiven = args.approach?.trim() || null;
    if (args.approach !== undefined && !approachGiven) throw new UserError('`--approach` is empty: say your approach in one line.');
    const interactive = !json && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
    const answered = approachGiven !== null && claimGiven !== null;
    if (!interactive && !answered && !(open && open.round.claim !== null)) {
      throw new UserError('Outside a terminal (or with --json) nothing is asked: give your approach and claim, `--approach "…" --claim "O(n)"`.');
    }

    let view: RoundView;
    let resumed = false;
    if (open) {
      if (args.kata || args.pattern || minutes !== undefined) throw new UserError(`Interview round ${open.view.round} is in progress: go on with it (\`npx kata interview\`), or end it (\`npx kata interview --give-up\`) before starting another.`);
      view = open.view;
      resumed = true;
    } else {
      const pattern = args.pattern ? resolvePattern(args.pattern) : undefined;
      const kata = args.kata ? resolveKata(args.kata).id : undefined;
      if (kata && pattern && !kata.startsWith(`${pattern}/`)) throw new UserError(`\`${kata}\` is not a kata of the pattern \`${pattern}\`.`);
      const seed = integerOption('seed', args.seed) ?? newSeed();
      view = await startRound({ seed, ...(kata ? { kata } : {}), ...(pattern ? { pattern } : {}), ...(minutes !== undefined ? { minutes } : {}), approach: approachGiven, claim: claimGiven });
    }
    if (view.claim === null && answered) view = await makeClaim(approachGiven!, claimGiven!);
    else if (view.claim !== null && answered && resumed) err(pc.yellow(`Round ${view.round}'s approach and claim were made already (${view.claim}); they stay as they are.`));

    if (!interactive) {
      out(json ? jsonOutput('interview', { action: resumed ? 'in-progress' : 'started', ...withoutTaskText(view), check: 'npx kata interview --check' }) : renderStartedRound(view, { resumed, interactive: false }));
      return 0;
    }

    out(renderStartedRound(view, { resumed, interactive: true }));
    const { round } = (await currentRound())!;
    const impl = { kind: 'file', file: round.file } as const;
    warnIfUnsandboxed(impl);
    // Warming up while the learner answers: the first save's tests then start at once.
    const warm = new WarmRunner(impl, undefined, [round.id]);
    void warm.start().catch(() => {});
    try {
      if (view.claim === null) {
        out('', view.taskText.trimEnd(), '');
        const { approach, claim } = await ask(view);
        view = await makeClaim(approach, claim);
      }
      return await loop(view, round.id, warm);
    } finally {
      warm.close();
    }
  },
});

function withoutTaskText(view: RoundView): Omit<RoundView, 'taskText'> {
  const { taskText: _, ...rest } = view;
  return rest;
}

const snapshot = (o: KataOutcome): KataOutcome => ({ ...o, results: { ...o.results }, marks: [...o.marks], skipped: { ...o.skipped } });

/** The round in a terminal: re-run on save (and Enter), a timer redrawn every second, keys; ends on passing tests or the time up. */
async function loop(first: RoundView, id: string, warm: WarmRunner): Promise<ExitCode> {
  const file = first.file;
  const tty = Boolean(process.stdout.isTTY);

  const screen: RoundScreen = { view: first, id, now: new Date(), outcome: null, activity: '', messages: [] };
  let running = false;
  let queued = false;
  let ended: Debrief | null = null;
  let confirmingGiveUp = false;
  let lastEventAt = 0;
  let seenMtime = statSync(file).mtimeMs;
  let finish: (code: ExitCode) => void = () => {};
  const finished = new Promise<ExitCode>((resolve) => { finish = resolve; });
  const draw = () => { if (!ended) { screen.now = new Date(); out(renderRoundScreen(screen, { tty })); } };

  const end = (debrief: Debrief) => {
    if (ended) return;
    ended = debrief;
    if (tty) out('\x1b[2J\x1b[H');
    out(renderDebrief(debrief));
    finish(exitOf(debrief));
  };

  const check = async (): Promise<void> => {
    if (ended) return;
    if (running) { queued = true; return; }
    running = true;
    screen.messages = [];
    screen.activity = 'running the tests…';
    draw();
    try {
      const checked = await checkRound({
        runOne: (kata, seed) => warm.run(kata, seed, [file]),
        onResult: (stage, o) => {
          if (stage !== 'tests') return;
          screen.outcome = snapshot(o);
          screen.activity = o.results.tests?.report.status === 'passing' ? 'tests pass; measuring how it grows…' : '';
          draw();
        },
      });
      screen.outcome = checked.outcome;
      screen.view = checked.view;
      if (checked.debrief) return end(checked.debrief);
    } catch (error) {
      screen.messages = [pc.red(error instanceof UserError ? error.message : `The check crashed: this is a bug in the harness, not in your code. Please report it with this output.\n${(error as Error)?.stack ?? String(error)}`)];
    } finally {
      running = false;
      screen.activity = '';
    }
    draw();
    if (queued) { queued = false; void check(); }
  };

  const watcher = watchSaves(path.dirname(file), (saved) => {
    if (path.resolve(saved) !== path.resolve(file)) return;
    lastEventAt = Date.now();
    seenMtime = statSync(file).mtimeMs;
    void check();
  }, { depth: 0 });

  const onKey = async (key: string) => {
    if (ended) return;
    if (confirmingGiveUp) {
      confirmingGiveUp = false;
      if (key === 'y') return end(await endRound('gave-up'));
      screen.messages = ['Not given up: the round goes on.'];
      return draw();
    }
    switch (key) {
      case '\r': case '\n': return check();
      case 'h': {
        const hint = await roundHint().catch((e: Error) => ({ error: e.message }));
        screen.messages = ['error' in hint ? pc.red(hint.error) : `${pc.bold(`Hint ${hint.shown}/${hint.total}:`)} ${hint.text}`];
        const again = await currentRound();
        if (again) screen.view = again.view;
        return draw();
      }
      case 'g':
        confirmingGiveUp = true;
        screen.messages = [pc.yellow(`Give up round ${screen.view.round}? Press y to confirm, any other key to go on.`)];
        return draw();
      case 'q': case '\u0003':
        finish(0);
        return;
    }
  };
  process.stdin.setRawMode?.(true);
  process.stdin.setEncoding('utf8');
  process.stdin.resume();
  process.stdin.on('data', (data: string) => {
    onKey(data).catch((error: Error) => { screen.messages = [pc.red(error.message)]; draw(); });
  });

  const tick = setInterval(() => {
    if (ended) return;
    const now = new Date();
    // Time up: the check after the deadline ends the round with what the file holds (or, when even that fails, without one).
    if (!running && now.getTime() >= Date.parse(screen.view.deadline)) {
      void check().then(async () => { if (!ended) end(await endRound('time-up')); }).catch(() => finish(1));
      return;
    }
    if (!running && existsSync(file)) {
      const mtime = statSync(file).mtimeMs;
      if (eventsMissed(mtime, seenMtime, lastEventAt, now.getTime())) {
        seenMtime = mtime;
        screen.messages = [pc.yellow('Your file changed on disk but no file event arrived (a network or container file system?): press Enter to re-run after each save.')];
        return draw();
      }
    }
    if (tty && !ended) process.stdout.write(tickHeader(screen.view, now));
  }, 1000);

  draw();
  const code = await finished;
  clearInterval(tick);
  await watcher.close();
  process.stdin.setRawMode?.(false);
  process.stdin.pause();
  if (!ended) out('', `Round ${screen.view.round} goes on (${pc.bold('npx kata interview')} resumes it, \`npx kata interview --check\` checks it).`);
  return code;
}
