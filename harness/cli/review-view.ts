/** What `kata review` prints: the schedule, a started attempt, a checked attempt. Pure functions of the data. */
import pc from 'picocolors';
import { shownPath } from '../base/paths.ts';
import type { CheckedReview, ReviewPlan, StartedReview } from '../learner/review.ts';
import type { ReviewLogEntry } from '../state/review.ts';
import { renderCheck } from './render.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "in 3 days", "2 days ago", "in 5 h", "now". */
export function relative(due: string, now: string): string {
  const delta = Date.parse(due) - Date.parse(now);
  const size = Math.abs(delta);
  if (size < HOUR) return 'now';
  const amount = size < DAY ? `${Math.round(size / HOUR)} h` : `${Math.round(size / DAY)} day${Math.round(size / DAY) === 1 ? '' : 's'}`;
  return delta > 0 ? `in ${amount}` : `${amount} ago`;
}

/** "2026-12-04 10:30" (UTC, as the report shows times). */
export function when(iso: string): string {
  return `${iso.replace('T', ' ').slice(0, 16)} UTC`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function renderReviewPlan(plan: ReviewPlan): string {
  if (plan.katas.length === 0) return 'No kata has passed yet, so nothing is scheduled for review: a kata enters the schedule when it first passes.';
  const width = Math.max(...plan.katas.map((k) => k.id.length));
  const row = (k: ReviewPlan['katas'][number]) => {
    const state = k.attempt ? pc.yellow(`  in progress: ${shownPath(k.attempt.file)}`) : '';
    return `  ${k.id.padEnd(width)}  due ${when(k.due)} (${relative(k.due, plan.now)})  recall ${percent(k.retrievability).padStart(4)}  ${pc.dim(`reviews ${k.reps - 1}, last graded ${k.lastRating ?? '-'}`)}${state}`;
  };
  const due = plan.katas.filter((k) => k.isDue);
  const later = plan.katas.filter((k) => !k.isDue);
  const lines: string[] = [];
  lines.push(pc.bold(`Due for review (${due.length})`), ...(due.length > 0 ? due.map(row) : [pc.dim('  nothing')]));
  if (later.length > 0) lines.push('', pc.bold(`Coming up (${later.length})`), ...later.map(row));
  lines.push('', `${pc.bold('Recall by pattern')} ${pc.dim('(FSRS retrievability now, mean over the katas that have passed)')}`);
  for (const p of plan.patterns) lines.push(`  ${p.pattern}: ${percent(p.retention!)} of ${p.scheduled} kata${p.scheduled === 1 ? '' : 's'}${p.due > 0 ? `, ${p.due} due` : ''}`);
  lines.push('', pc.dim(due.length > 0 ? 'Re-solve the next one: npx kata review' : 'Nothing is due. `npx kata review <kata>` re-solves one early.'));
  return lines.join('\n');
}

/** The lines after starting (or finding) an attempt: where to write and what to run. */
export function renderStarted(id: string, slug: string, started: StartedReview, due: string | null, now: string): string {
  const lines: string[] = [];
  if (started.started) {
    lines.push(`${pc.bold(`Review of ${id}`)}${due ? pc.dim(` (due ${when(due)}, ${relative(due, now)})`) : ''}: re-solve it from a fresh stub.`);
  } else {
    lines.push(`${pc.bold(`Review of ${id}`)} in progress since ${when(started.attempt.startedAt)}.`);
  }
  lines.push(
    `  task:      katas/${id}/README.md`,
    `  write in:  ${shownPath(started.file)}`,
    `  check it:  npx kata review ${slug}`,
    pc.dim(`  Your own solution (${shownPath(started.file).replace('/.review/', '/')}) is not touched. Hints (\`npx kata hint ${slug}\`) and the reference grade this review down.`),
  );
  if (started.backup) lines.push(pc.dim(`  The previous review's file is kept in ${shownPath(started.backup)}.`));
  return lines.join('\n');
}

export function ratingLine(entry: ReviewLogEntry, now: string): string {
  const colour = entry.rating === 'again' ? pc.red : entry.rating === 'hard' ? pc.yellow : pc.green;
  return `${colour(pc.bold(`graded ${entry.rating}`))}: ${entry.why}. Next review ${when(entry.due)} (${relative(entry.due, now)}).`;
}

export function renderChecked(id: string, slug: string, checked: CheckedReview, now: string): string {
  const r = checked.result;
  if (r.kind === 'not-started') {
    return `${pc.dim('·')} ${pc.bold(id)}: review not started (the scratch file is still the stub).\n  Write your solution in ${shownPath(checked.file)}, then run \`npx kata review ${slug}\` again.`;
  }
  // The scratch file as the learner reads it (relative to the workspace), also in replay commands.
  const lines = [renderCheck(checked.outcome).replaceAll(checked.file, shownPath(checked.file)), ''];
  if (r.kind === 'failing') lines.push(`Review of ${id}: ${r.failedChecks} failing check${r.failedChecks === 1 ? '' : 's'} so far (a pass now is graded hard). Fix ${shownPath(checked.file)}, then \`npx kata review ${slug}\` again.`);
  else lines.push(`Review of ${id}: ${ratingLine(r.entry, now)}`);
  return lines.join('\n');
}
