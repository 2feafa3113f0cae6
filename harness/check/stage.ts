/**
 * What a stage of a check is. A check runs an ordered list of stages over a batch of katas; each
 * stage runs for the katas it applies to (given what the earlier stages found), as one batch, and
 * hands back one result per kata plus a mark (pass / fail / neutral).
 *
 * A new stage is one module that exports a `Stage` and adds its result type to `StageResults`
 * (TypeScript declaration merging), registered in stages/index.ts. Nothing else changes: the
 * pipeline, the outcome and `failedStage` treat every stage alike.
 */
import type { ImplTarget } from '../impl/impl.ts';
import type { Mark } from '../outcome/outcome.ts';

/** Result type of each stage by name. Stage modules add their own entry (declaration merging). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface StageResults {}

export type StageName = keyof StageResults & string;

/** One kata going through the stages: what each stage found so far. */
export interface KataOutcome {
  id: string;
  impl: ImplTarget;
  seed: number;
  results: Partial<StageResults>;
  /** Each stage that ran, in order, with its mark. */
  marks: { stage: StageName; mark: Mark }[];
  /** Stages that did not run for this kata, and why ("the tests do not pass", "no bench"). */
  skipped: Partial<Record<StageName, string>>;
}

/**
 * What a caller asks of a check: the seed, which stages, and each stage's own options (stage
 * modules add theirs here by declaration merging, next to their result type).
 */
export interface CheckPlan {
  /** Seed of the property tests and of the bench inputs; a fresh one (printed) when absent. */
  seed?: number;
  /** The stages to run, by name; they run in registry order. Default: every registered stage. */
  stages?: readonly StageName[];
  /** Called when a stage starts on a batch, for progress display. */
  onStage?: (stage: StageName, ids: readonly string[]) => void;
  /** Called with a kata's outcome as soon as a stage has its result (watch mode shows tests at once). */
  onResult?: (stage: StageName, outcome: KataOutcome) => void;
}

export interface CheckContext {
  impl: ImplTarget;
  seed: number;
  plan: CheckPlan;
}

export interface Stage<N extends StageName = StageName> {
  readonly name: N;
  /** Why this stage does not run for this kata, or null when it runs. Sees the earlier stages' results. */
  skip(outcome: KataOutcome, context: CheckContext): string | null | Promise<string | null>;
  /** Runs for a batch of katas; calls `emit` with each kata's result as soon as it is known. */
  run(outcomes: readonly KataOutcome[], context: CheckContext, emit: (id: string, result: StageResults[N]) => void): Promise<void>;
  mark(result: StageResults[N]): Mark;
  /**
   * Optional: called once as the check starts, before any stage runs, with every kata of the batch,
   * to start work that needs no earlier stage's result so that it overlaps them (the space stage's
   * measurement overlapping the tests). `run` then picks that work up for the katas that reach it.
   */
  begin?(ids: readonly string[], context: CheckContext): void;
  /** Optional: called once as the check ends, however it ends: stops what `begin` started and `run` did not use. */
  end?(context: CheckContext): void;
}

/** Any registered stage, whatever its result type. */
export type AnyStage = { [N in StageName]: Stage<N> }[StageName];
