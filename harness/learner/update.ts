/**
 * `kata update`: takes a newer version of the workspace without touching the learner's work.
 *
 * 1. Solutions written into `katas/` by an earlier release (the old layout) move to `work/` (a file
 *    already in `work/` that differs is kept, and the `katas/` version backed up), and `katas/` is
 *    restored to what was committed, so the pull below has nothing of the learner's to conflict with.
 * 2. Any other change to a tracked file stops the update before the pull, naming the files.
 * 3. `git pull --ff-only` from the branch's upstream (skipped with `pull: false`).
 * 4. Katas the learner opened and never edited take the new stub; katas they edited are left exactly
 *    as they are and reported when their README, tests or stub changed upstream (`kata diff`).
 *    Katas new in the curriculum are reported; they start as not started.
 *
 * Returns data; the CLI prints it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { gitOutcome } from '../base/git.ts';
import { kataFiles, learnerFile } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { listKatas, readCurriculum } from '../catalogue/katas.ts';
import { committedFile } from '../catalogue/stubs.ts';
import { backUp, oldLayoutEdits, openWork, refreshUntouched, upstreamChanges, type UpstreamPart, type WorkPlaces } from './work.ts';

export interface UpdateResult {
  /** Solutions moved out of katas/ (old layout) into work/: kata id and where the learner's file is. */
  moved: { id: string; file: string; backup: string | null }[];
  /** What the pull did: git's one-line summary, or why there was no pull. */
  pull: { pulled: boolean; text: string };
  /** Whether package-lock.json changed in the pull (then `npm ci` installs what it pins). */
  dependenciesChanged: boolean;
  /** Katas new in the curriculum. */
  added: string[];
  /** Katas the learner opened but never edited, which took the new stub. */
  refreshed: string[];
  /** Katas the learner worked on whose shipped files changed upstream. */
  changed: { id: string; parts: UpstreamPart[] }[];
}

export interface UpdateOptions {
  places: WorkPlaces;
  /** Pull from the upstream (default true). */
  pull?: boolean;
  now?: Date;
}

function idsOf(places: WorkPlaces): string[] {
  return listKatas(readCurriculum(path.join(places.katas, 'curriculum.json'))).map((k) => k.id);
}

/** Moves old-layout solutions into work/ and restores katas/ to what was committed. */
function moveOldLayout(places: WorkPlaces, now: Date): UpdateResult['moved'] {
  const moved: UpdateResult['moved'] = [];
  for (const id of idsOf(places)) {
    const edits = oldLayoutEdits(id, places);
    if (edits === null) continue;
    const shipped = kataFiles(id, places.katas).stub;
    const committed = committedFile(shipped, places.root);
    if (committed === null) continue; // not in git: nothing to restore, nothing to conflict with
    const mine = learnerFile(id, places.work);
    let backup: string | null = null;
    if (!existsSync(mine)) openWork(id, places);
    else if (readFileSync(mine, 'utf8') !== edits) backup = backUp(id, shipped, places, now);
    writeFileAtomic(shipped, committed);
    moved.push({ id, file: mine, backup });
  }
  return moved;
}

export function updateWorkspace({ places, pull = true, now = new Date() }: UpdateOptions): UpdateResult {
  const isGit = gitOutcome(['rev-parse', '--is-inside-work-tree'], places.root).ok;
  const moved = isGit ? moveOldLayout(places, now) : [];
  const before = new Set(idsOf(places));
  let pullResult: UpdateResult['pull'] = { pulled: false, text: 'not a git checkout: replace the workspace files with the new version yourself, then run `npx kata update --no-pull`' };
  let dependenciesChanged = false;
  if (isGit && pull) {
    const dirty = gitOutcome(['status', '--porcelain', '--untracked-files=no'], places.root).out.split('\n').filter(Boolean);
    if (dirty.length > 0) {
      throw new UserError(
        `kata update stopped before pulling: these tracked files have changes of yours that are not a kata solution:\n  ${dirty.map((l) => l.slice(3)).join('\n  ')}\n` +
          'Commit them to a branch of your own or put them aside with `git stash`, then run `npx kata update` again. (Your solutions live in work/, which git ignores.)',
      );
    }
    const upstream = gitOutcome(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{u}'], places.root);
    if (!upstream.ok) {
      pullResult = { pulled: false, text: 'this branch has no upstream to pull from: pull the new version yourself (`git pull <remote> <branch>`), then run `npx kata update --no-pull`' };
    } else {
      const head = gitOutcome(['rev-parse', 'HEAD'], places.root).out.trim();
      const pulled = gitOutcome(['pull', '--ff-only', '--no-rebase', '--quiet'], places.root);
      if (!pulled.ok) {
        throw new UserError(
          `kata update could not pull from ${upstream.out.trim()} without a merge:\n  ${pulled.out.split('\n').join('\n  ')}\n` +
            `Your branch has commits of its own (\`git log ${upstream.out.trim()}..HEAD\` lists them). Your solutions are safe in work/; ` +
            'move any commits of your own to another branch, then `git reset --keep @{u}` and run `npx kata update` again.',
        );
      }
      const after = gitOutcome(['rev-parse', 'HEAD'], places.root).out.trim();
      const changedFiles = head === after ? [] : gitOutcome(['diff', '--name-only', head, after], places.root).out.split('\n').filter(Boolean);
      dependenciesChanged = changedFiles.includes('package-lock.json');
      pullResult = { pulled: head !== after, text: head === after ? `already up to date with ${upstream.out.trim()}` : `pulled ${changedFiles.length} changed file${changedFiles.length === 1 ? '' : 's'} from ${upstream.out.trim()}` };
    }
  }
  const ids = idsOf(places);
  const added = ids.filter((id) => !before.has(id));
  const refreshed: string[] = [];
  const changed: UpdateResult['changed'] = [];
  for (const id of ids) {
    if (!existsSync(learnerFile(id, places.work))) continue;
    if (refreshUntouched(id, places)) refreshed.push(id);
    else {
      const parts = upstreamChanges(id, places);
      if (parts.length > 0) changed.push({ id, parts });
    }
  }
  return { moved, pull: pullResult, dependenciesChanged, added, refreshed, changed };
}

/** The change upstream made to a kata's shipped files since the learner's file was started: `git diff` of each changed part. */
export function upstreamDiff(id: string, places: WorkPlaces, color: boolean): { parts: UpstreamPart[]; text: string } {
  const parts = upstreamChanges(id, places);
  const k = kataFiles(id, places.katas);
  const current: Record<UpstreamPart, string> = { README: k.readme, tests: k.test, stub: k.stub };
  const texts = parts.map((part) => {
    // Relative paths, so the headers read `a/.kata/base/<kata>/README.md` (as started) and `b/katas/<kata>/README.md` (now).
    const base = path.relative(places.root, path.join(places.state, 'base', ...id.split('/'), path.basename(current[part])));
    return gitOutcome(['diff', '--no-index', `--color=${color ? 'always' : 'never'}`, '--', base, path.relative(places.root, current[part])], places.root).out;
  });
  return { parts, text: texts.join('\n') };
}
