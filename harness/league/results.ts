/**
 * The results file `kata ci` writes and `kata merge` / `kata leaderboard` read: versioned,
 * validated with zod on every read, published as JSON Schema (results.schema.json, generated from
 * this file and checked by a test so the two never drift).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../base/atomic.ts';
import { complexityRecordSchema, statusSchema } from '../outcome/outcome.ts';

export const RESULTS_VERSION = 1;

export const kataResultSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  pattern: z.string(),
  status: statusSchema,
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** First failure messages, for the summary. */
  failures: z.array(z.string()).max(5),
  /** The same record the learner's state keeps: one schema for both. */
  complexity: complexityRecordSchema.nullable(),
});
export type KataResult = z.infer<typeof kataResultSchema>;

export const resultsSchema = z.object({
  schema: z.literal('kata-results'),
  version: z.literal(RESULTS_VERSION),
  player: z.string().min(1).max(200),
  impl: z.string(),
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }).nullable(),
  seed: z.number().int(),
  createdAt: z.string(),
  katas: z.array(kataResultSchema),
});
export type Results = z.infer<typeof resultsSchema>;

export function resultsJsonSchema(): unknown {
  return z.toJSONSchema(resultsSchema, { target: 'draft-2020-12' });
}

export class ResultsFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ResultsFileError';
  }
}

/** Reads and validates one results file; a damaged or foreign one is a ResultsFileError naming it. */
export function readResults(file: string): Results {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ResultsFileError(file, `not a readable JSON results file (${(error as Error).message})`);
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if ((raw as { schema?: unknown } | null)?.schema === 'kata-results' && version !== RESULTS_VERSION) {
    throw new ResultsFileError(file, `results version ${JSON.stringify(version)}, but this workspace reads version ${RESULTS_VERSION}: re-run \`kata ci\` with this workspace`);
  }
  const parsed = resultsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ResultsFileError(file, `not a valid kata results file (${issues.join('; ')})`);
  }
  return parsed.data;
}

export function writeResults(file: string, results: Results): void {
  writeFileAtomic(file, `${JSON.stringify(resultsSchema.parse(results), null, 2)}\n`);
}
