/**
 * The engine's face: everything outside harness/engine/ imports from here and nowhere else.
 *
 * The engine measures how code grows against the kata's reference. Today it has one part,
 * time growth (`time/`: CPU time at doubling sizes, a verdict relative to the reference), and
 * space growth (`space/`: extra memory per call at doubling sizes, a verdict relative to the
 * reference, advice only).
 */
export { runComplexity, type ComplexityJob, type ComplexityResult, type RunComplexityOptions } from './run.ts';
export { isFailure, type ComplexityFailure, type ComplexityReport } from './time/time-growth.ts';
export type { Verdict, VerdictKind } from './time/verdict.ts';
export type { Measurement, SizePoint } from './time/measure.ts';
export { bucketOfClass, labelOfClass, labelOfSlope, type Bucket } from './time/buckets.ts';
export { median } from './stats.ts';
export { tinybenchView, type TinybenchRow } from './time/tinybench-view.ts';
export { answerProblems } from './time/answers.ts';
export { runSpace, type SpaceJob, type RunSpaceOptions } from './space/run.ts';
export { isSpaceFailure, loadSpaceTarget, type SpaceFailure, type SpaceReport, type SpaceResult } from './space/space-growth.ts';
export { formatBytes, SPACE_RULE, targetLabel as spaceTargetLabel, type SpaceTarget, type SpaceVerdict, type SpaceVerdictKind } from './space/verdict.ts';
export type { SpaceMeasurement, SpacePoint } from './space/measure.ts';
export { spaceHeavyApproaches } from './space/approaches.ts';
