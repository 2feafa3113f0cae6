/**
 * Vitest setup file for kata tests: seeds fast-check from the environment the harness sets, so
 * every run prints its seed and any failure can be replayed exactly.
 *   KATA_SEED  base seed of every property in this run (integer)
 *   KATA_PATH  fast-check replay path of one failing case (with KATA_SEED and a test name filter)
 *   KATA_NUM_RUNS  cases per property instead of 100 (lint's check of an equivalence claim)
 *
 * Properties (`it.prop` from #kit/testing) get fast-check's default of 100 cases, a fresh seed
 * each run unless KATA_SEED fixes it.
 */
import fc from 'fast-check';
import { PROPERTY_TIME_LIMIT_MS } from './vitest-config.ts';

const seed = process.env.KATA_SEED === undefined ? undefined : Number(process.env.KATA_SEED);
const replayPath = process.env.KATA_PATH || undefined;
const numRuns = Number(process.env.KATA_NUM_RUNS);

fc.configureGlobal({
  ...(seed !== undefined && Number.isInteger(seed) ? { seed } : {}),
  ...(replayPath ? { path: replayPath, endOnFailure: true } : {}),
  ...(Number.isInteger(numRuns) && numRuns > 0 ? { numRuns } : {}),
  interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
});
