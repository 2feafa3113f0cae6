/** Schemas of the content files the harness reads: the curriculum and each kata's metadata. */
import { z } from 'zod';
import { COMPLEXITY_CLASSES, DIFFICULTIES } from '../kit/index.ts';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const curriculumSchema = z.object({
  $comment: z.string().optional(),
  patterns: z
    .array(
      z.object({
        pattern: z.string().regex(NAME, 'a pattern name is lower-case words joined by hyphens'),
        katas: z.array(z.string().regex(NAME, 'a kata slug is lower-case words joined by hyphens')).min(1),
      }),
    )
    .min(1),
  /**
   * Katas that were renamed or moved: old id → new id. A learner's state under an old id is
   * migrated to the new one when it is read, never dropped.
   */
  renamed: z.record(z.string(), z.string()).optional(),
});
export type Curriculum = z.infer<typeof curriculumSchema>;

const sentence = z.string().trim().min(10, 'write a full sentence');

const safeBound = z.number().refine(Number.isSafeInteger, 'an integer bound is a safe integer');
const finiteBound = z.number().refine(Number.isFinite, 'a number bound is finite');
const ordered = (spec: { min?: number | undefined; max?: number | undefined }) => spec.min === undefined || spec.max === undefined || spec.min <= spec.max;

/** One entry of a kata's `domain` (harness/kit/domain-spec.ts). */
const domainSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('integer'), min: safeBound.optional(), max: safeBound.optional() }).refine(ordered, 'min is above max'),
  z.strictObject({ kind: z.literal('number'), min: finiteBound.optional(), max: finiteBound.optional() }).refine(ordered, 'min is above max'),
  z.strictObject({ kind: z.literal('string'), nonEmpty: z.boolean().optional(), wellFormed: z.boolean().optional() }),
]);

export const metaSchema = z.object({
  title: z.string().trim().min(2),
  difficulty: z.enum(DIFFICULTIES),
  target: z.object({ class: z.enum(COMPLEXITY_CLASSES).nullable(), text: z.string().trim().min(1).optional() }),
  space: z.strictObject({ class: z.enum(COMPLEXITY_CLASSES), text: z.string().trim().min(1).optional(), advice: z.string().trim().min(1).optional() }).optional(),
  hints: z
    .array(sentence)
    .min(3, 'give at least three progressive hints')
    .refine((hints) => /O\(|amortised|amortized|complexity/i.test(hints[0] ?? ''), {
      message: 'the first hint states the target complexity',
    }),
  notes: z.object({
    asked: z.array(sentence).min(1),
    traps: z.array(sentence).min(1),
    production: z.array(sentence).min(1),
  }),
  noBruteForce: sentence.optional(),
  domain: z.record(z.string().min(1), domainSpecSchema).optional(),
  noDomain: sentence.optional(),
  equivalentMutants: z.record(z.string().regex(/^(?:[a-z0-9-]+|stryker:\d+:[A-Za-z]+)$/, 'a generic mutant name (int32-outputs) or a Stryker key (stryker:<line>:<mutator>)'), sentence).optional(),
});

/** `{ hints.0: "too short" }` style, one line per problem, for lint and load errors. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
