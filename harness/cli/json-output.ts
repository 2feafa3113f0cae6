/**
 * Every `--json` output of the CLI: one JSON object with `schema` (`kata-<kind>`) and `version`
 * at the top, checked against its zod schema before it is printed, and published as a JSON Schema
 * (harness/cli/json-output.schema.json, written by `npm run schema`; a test keeps the two in sync).
 * The schemas pin what scripts rely on (the envelope, each kind's identifying fields and their
 * types) and leave the rest open, so adding a field is not a new version; renaming or removing
 * one of the fields below, or changing its type, is (bump JSON_OUTPUT_VERSION).
 */
import { z } from 'zod';
import { isSpaceFailure, type SpaceResult } from '../engine/index.ts';

export const JSON_OUTPUT_VERSION = 1;

const status = z.enum(['not-started', 'failing', 'passing']);
const envelope = <K extends string>(kind: K) => ({ schema: z.literal(`kata-${kind}` as const), version: z.literal(JSON_OUTPUT_VERSION) });

const failure = z.looseObject({ test: z.string(), name: z.string(), message: z.string() });
const testReport = {
  id: z.string(),
  impl: z.string(),
  seed: z.number().int(),
  status,
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  failures: z.array(failure),
  loadErrors: z.array(z.string()),
  /** When one kata's tests did not pass: the TypeScript compiler's messages about the implementation file. */
  typeErrors: z.array(z.string()).optional(),
};
/** The time stage's result: a verdict, or a failure of one side; null when it did not run. */
const complexity = z.looseObject({}).nullable();
/** A space verdict (advice) as `spaceJson` gives it: the kind on top, then what it rests on. */
const space = z.looseObject({ verdict: z.enum(['ok', 'regression', 'inconclusive']) });

export const JSON_OUTPUTS = {
  /** `kata check --json`: the tests' report, the replay commands, the time verdict, the space verdict (null when the stage did not run). */
  check: z.looseObject({ ...envelope('check'), ...testReport, replays: z.array(z.looseObject({ command: z.string() })), complexity, space: space.nullable() }),
  /** `kata bench --json`: the measurement and its verdict (or which side failed); with --space, `space` instead. */
  bench: z.looseObject({ ...envelope('bench'), id: z.string(), space: space.optional() }),
  /** `kata bench --tinybench N --json`: tinybench's advisory wall-clock rows. */
  tinybench: z.looseObject({ ...envelope('tinybench'), id: z.string(), n: z.number().int(), seed: z.number().int(), rows: z.array(z.looseObject({ name: z.string() })) }),
  /** `kata list --json`: one row per kata, curriculum order. */
  list: z.looseObject({ ...envelope('list'), katas: z.array(z.looseObject({ id: z.string(), pattern: z.string(), status })) }),
  /** `kata review --json`: what was done (the plan with --list). */
  review: z.looseObject({ ...envelope('review'), action: z.enum(['plan', 'none', 'started', 'in-progress', 'checked']) }),
  /** `kata hack --json`. */
  hack: z.looseObject({ ...envelope('hack'), killed: z.number().int().nonnegative(), total: z.number().int().nonnegative(), survivors: z.array(z.string()), rejectsCorrect: z.array(z.looseObject({})) }),
  /** `kata interview --json`: what was done. */
  interview: z.looseObject({ ...envelope('interview'), action: z.enum(['started', 'in-progress', 'checked', 'ended', 'hint']) }),
} as const;

export type JsonKind = keyof typeof JSON_OUTPUTS;

/** A space result as `--json` gives it (`kata check`, `kata bench --space`): the verdict's kind on top, then what it rests on. */
export function spaceJson(result: SpaceResult): z.infer<typeof space> {
  if (isSpaceFailure(result)) return { verdict: 'inconclusive', error: result.error, side: result.side };
  const { verdict } = result;
  return {
    verdict: verdict.kind,
    text: verdict.text,
    target: verdict.target,
    reasons: verdict.reasons,
    confirmed: result.confirmed,
    referenceMeetsTarget: verdict.referenceMeetsTarget,
    learner: { label: verdict.learner.label, slope: verdict.learner.slope?.slope ?? null },
    reference: { label: verdict.reference.label, slope: verdict.reference.slope?.slope ?? null },
    n: result.n,
    measurements: result.measurements.map((m) => ({ family: m.family, seed: m.seed, points: m.points.map((p) => ({ n: p.n, learnerBytes: p.learner, referenceBytes: p.reference })) })),
    elapsedMs: Math.round(result.elapsedMs),
  };
}

/** The output of `kind`, enveloped and checked: a harness bug (a field of the wrong type) fails here, not in someone's script. */
export function jsonOutput(kind: JsonKind, payload: object): string {
  const value = { schema: `kata-${kind}`, version: JSON_OUTPUT_VERSION, ...payload };
  const checked = JSON_OUTPUTS[kind].safeParse(JSON.parse(JSON.stringify(value)));
  if (!checked.success) throw new Error(`kata ${kind} --json: the output does not match its published schema: ${checked.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).slice(0, 3).join('; ')}`);
  return JSON.stringify(value, null, 2);
}

/** The published JSON Schema: one definition per kind, an output is one of them. */
export function jsonOutputSchema(): object {
  const defs = Object.fromEntries(Object.entries(JSON_OUTPUTS).map(([kind, schema]) => {
    const { $schema: _dialect, ...def } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    return [kind, def];
  }));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://kata.invalid/json-output.schema.json',
    title: 'kata --json outputs',
    $defs: defs,
    oneOf: Object.keys(defs).map((kind) => ({ $ref: `#/$defs/${kind}` })),
  };
}
