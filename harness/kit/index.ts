/**
 * The kata kit: the few things kata content imports, as `#kit`.
 * Stubs throw `NotImplemented`; metadata modules call `defineKata`; bench files call `defineBench`.
 * Everything here is data and types: no kata ever imports the harness engine itself.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Rng } from './rng.ts';
import type { Domain } from './domain-spec.ts';

export type { Rng } from './rng.ts';
export type { Domain, DomainSpec } from './domain-spec.ts';
export { domainSentence } from './domain-spec.ts';

/** Thrown by every untouched stub. The harness reports a kata whose only failures are this as "not started". */
export class NotImplemented extends Error {
  override readonly name = 'NotImplemented';
  constructor(what: string) {
    super(`\`${what}\` is not implemented yet: replace the \`throw\` with your solution.`);
  }
}

/** Growth classes a bench's `n` can be judged against, from cheapest to dearest. */
export const COMPLEXITY_CLASSES = ['1', 'log n', 'n', 'n log n', 'n^2', 'n^2 log n', 'n^3', 'exponential'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface KataMeta {
  /** Human title, e.g. "Two Sum". */
  title: string;
  difficulty: Difficulty;
  target: {
    /** The class the reference grows in, in terms of the bench's `n`; `null` when the kata has no bench. */
    class: ComplexityClass | null;
    /** How the target reads to a learner when it says more than the class, e.g. "O(N log k), N values". */
    text?: string;
  };
  /**
   * The extra memory the kata asks for, when its interview follow-up is a space bound (the
   * catalogue's, or the reference's): the class in terms of the bench's `n`, how it reads ("O(min(|a|, |b|))"),
   * and what to do instead when a solution needs more ("keep two rows of the table"). Judged by the
   * space verdict (harness/engine/space/) as advice; optional.
   */
  space?: {
    class: ComplexityClass;
    text?: string;
    advice?: string;
  };
  /** Progressive hints, revealed one at a time by `kata hint`. The first states the target complexity. */
  hints: readonly string[];
  /** Interview notes: shown by `kata solution`, never before the kata passes or is forced. */
  notes: {
    /** What interviewers ask about it, follow-ups included. */
    asked: readonly string[];
    /** The mistakes candidates make. */
    traps: readonly string[];
    /** Where the pattern runs in real backends. */
    production: readonly string[];
  };
  /** Why there is no brute force, when the catalogue names none. */
  noBruteForce?: string;
  /**
   * The kinds of value the contract allows, by the README's name for them (harness/kit/domain-spec.ts):
   * the README's Constraints section holds each entry's sentence, and the properties draw from
   * `arbitraryOf(meta.domain.<name>)`.
   */
  domain?: Domain;
  /**
   * Generic mutants of the reference (harness/author/generic-mutants.ts) that no input within the
   * contract tells apart, by name, each with the reason: e.g. `int32-outputs` when every number
   * returned is an index.
   */
  equivalentMutants?: Readonly<Record<string, string>>;
  /** Why the contract lets the caller choose no values a domain entry could describe (a grid of a fixed alphabet), instead of `domain`. */
  noDomain?: string;
}

/** Identity function that types a kata's metadata module (`meta.ts`). */
export function defineKata<const M extends KataMeta>(meta: M): M {
  return meta;
}

/**
 * How a kata is measured. `Impl` is the type of the kata's module (`typeof import('./slug.ts')`);
 * the engine hands `run` the learner's module and the reference module in turn, so the same spec
 * times both in one process.
 */
export interface BenchSpec<Impl, Input> {
  /** What `n` counts, in words: "length of nums", "operations", "cells". */
  n: string;
  /**
   * How sizes grow. `doubling` (the default) doubles n from `minN` and auto-scales the top so one
   * reference call takes about 2 ms; `linear` steps n by one through the given sizes, for
   * exponential katas where only the growth of the ratio to the reference means anything.
   */
  sizes?: BenchSizes;
  /**
   * A seeded input of size `n`. Called outside the timed region, several times per size; the
   * inputs are rotated between calls so a solution cannot profit from a warm cache. Must be the
   * adversarial input the catalogue names where the worst case differs from random input.
   */
  input(n: number, rng: Rng): Input;
  /** What `input` builds, in a few words ("random values", "one long chain"): named in a verdict it decides. */
  inputName?: string;
  /**
   * More input families, each measured on its own: the verdict is the worst family's. Each one is
   * chosen for a slow approach people write that the default input does not expose.
   */
  families?: readonly BenchFamily<Input>[];
  /**
   * A fresh copy of an input, for katas whose implementations may mutate it (or build state from
   * it). Called outside the timed region before every timed call. Omit when inputs are read-only.
   */
  clone?(input: Input): Input;
  /** The timed call. Return the result so the call cannot be optimised away. */
  run(impl: Impl, input: Input): unknown;
  /**
   * Whether `answer`, what `run` returned for someone's solution on `input`, is right, given
   * `expected`, what it returned for the reference on the same input. A sample of the timed calls
   * of someone's code is checked with it, so a solution cannot answer fast and wrong on the large
   * inputs the tests never build. Use `sameAnswer` where the contract has one right answer; write
   * the check where it allows several ("any valid pair"). Omit only where results cannot be
   * compared: then timed answers go unchecked.
   */
  answersAgree?(input: Input, answer: unknown, expected: unknown): boolean;
}

/**
 * `answersAgree` for a contract that lists its answers in any order ("every subset, any order"):
 * both results are arrays holding the same elements, each as many times (elements compared as
 * their JSON, so the order inside an element still counts).
 */
export function sameAnswerAnyOrder(_input: unknown, answer: unknown, expected: unknown): boolean {
  const keys = (value: unknown): string[] | null => (Array.isArray(value) ? Array.from(value, (element) => JSON.stringify(element) ?? 'undefined').sort() : null);
  const got = keys(answer);
  const want = keys(expected);
  return got !== null && want !== null && got.length === want.length && got.every((key, i) => key === want[i]);
}

/** `answersAgree` for a contract with exactly one right answer: the two results are deeply equal. */
export function sameAnswer(_input: unknown, answer: unknown, expected: unknown): boolean {
  return isDeepStrictEqual(answer, expected);
}

export type BenchSizes =
  | { kind: 'doubling'; minN?: number; maxN?: number }
  | { kind: 'linear'; values: readonly number[] };

/** One more kind of input for a bench, with its own sizes when it needs them. */
export interface BenchFamily<Input> {
  /** A few words, named in the verdict it decides: "one large component", "long strings". */
  name: string;
  /** The slow approach it exposes, in one line. */
  exposes: string;
  /** Sizes for this family; default: the bench's own. */
  sizes?: BenchSizes;
  input(n: number, rng: Rng): Input;
}

/** Identity function that types a kata's bench file (`<slug>.bench.ts`, default export). */
export function defineBench<Impl, Input>(spec: BenchSpec<Impl, Input>): BenchSpec<Impl, Input> {
  return spec;
}
