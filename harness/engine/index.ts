/**
 * The engine's face: everything outside harness/engine/ imports from here and nowhere else.
 *
 * The engine measures how code grows against the kata's reference. Today it has one part,
 * time growth (`time/`: CPU time at doubling sizes, a verdict relative to the reference); a
 * space-growth part would sit beside it as `space/` with its own exports here.
 */
export { runComplexity, type ComplexityJob, type ComplexityResult, type RunComplexityOptions } from './run.ts';
export { isFailure, type ComplexityFailure, type ComplexityReport } from './time/time-growth.ts';
export type { Verdict, VerdictKind } from './time/verdict.ts';
export type { Measurement, SizePoint } from './time/measure.ts';
export { bucketOfClass, labelOfClass, labelOfSlope, type Bucket } from './time/buckets.ts';
export { median } from './stats.ts';
export { tinybenchView, type TinybenchRow } from './time/tinybench-view.ts';
export { answerProblems } from './time/answers.ts';
