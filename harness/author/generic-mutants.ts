/**
 * Mutants `kata dev lint --full` derives from every reference, beside the hand-written ones in
 * solutions/<id>/mutants/: the classes of wrong solution that passed tests whose generators stayed
 * in small integers and ordinary keys (issue "Tests that span each kata's whole contract").
 *
 * - `default-sort-<k>`: the k-th numeric comparator of a `.sort(…)`/`.toSorted(…)` dropped, so
 *   numbers sort as strings ([10, 2] stays [10, 2]);
 * - `object-map-<k>`: the k-th `new Map(…)` replaced by a plain object used the way learners use
 *   one (`key in object`, `object[key]`), where the domain has string values: `__proto__`,
 *   `constructor` and integer-like keys break it;
 * - `int32-outputs`: every number the exports return (through arrays, plain objects, promises and
 *   the methods of exported classes) stored as an Int32 (`x | 0`), where the domain has numbers
 *   beyond the 32-bit range or fractions.
 *
 * A mutant the tests cannot kill is a problem for lint unless the kata's metadata says why it is
 * equivalent (`equivalentMutants`, by name), e.g. int32-outputs where every output is an index.
 * Pure: source text in, mutant sources out.
 */
import type { Domain } from '../kit/index.ts';

export interface GenericMutant {
  /** File name without `.ts`, e.g. `default-sort-1`. */
  name: string;
  /** What is wrong, one line (the mutant's header comment, and lint's message). */
  what: string;
  source: string;
}

/** A comparator that subtracts: `(a, b) => a - b`, `(x, y) => x[0]! - y[0]! || x[1]! - y[1]!`, `(p: P, q: P) => q.at - p.at`. */
const SUBTRACTING_COMPARATOR = /^\s*\(\s*[A-Za-z_$][\w$]*\s*(?::[^()]*?)?,\s*[A-Za-z_$][\w$]*\s*(?::[^()]*)?\)\s*=>\s*\(?\s*[\w$.[\]!]+\s*-\s*[\w$.[\]!]+/;
const NEW_MAP = /\bnew Map\s*(<(?:[^<>()]|<[^<>()]*>)*>)?\s*\(/g;

const INT32_LIMIT = 2 ** 31;

function numericBeyondInt32(domain: Domain): boolean {
  return Object.values(domain).some((spec) => {
    if (spec.kind === 'number') return true;
    if (spec.kind !== 'integer') return false;
    return (spec.min ?? -Number.MAX_SAFE_INTEGER) < -INT32_LIMIT || (spec.max ?? Number.MAX_SAFE_INTEGER) >= INT32_LIMIT;
  });
}

function hasStrings(domain: Domain): boolean {
  return Object.values(domain).some((spec) => spec.kind === 'string');
}

/** Each match of `pattern` in `source`, replaced on its own: one source per match. */
function oneAtATime(source: string, pattern: RegExp, replace: (match: string) => string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(pattern)) out.push(source.slice(0, m.index) + replace(m[0]) + source.slice(m.index! + m[0].length));
  return out;
}

/** Each `.sort(<subtracting comparator>)` / `.toSorted(…)` with its argument dropped, one at a time (the argument's end found by bracket depth). */
function defaultSorts(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/\.(sort|toSorted)\(/g)) {
    const open = m.index! + m[0].length;
    let depth = 1;
    let i = open;
    for (; i < source.length && depth > 0; i++) {
      const c = source[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
    }
    const argument = source.slice(open, i - 1);
    if (depth === 0 && SUBTRACTING_COMPARATOR.test(argument)) out.push(source.slice(0, open) + source.slice(i - 1));
  }
  return out;
}

const OBJECT_MAP = `
/** A plain object used as a map, the way a learner would: \`in\` and indexing, keys as strings. */
class __ObjectMap {
  o: any = {};
  constructor(entries?: Iterable<[any, any]>) { if (entries) for (const [k, v] of entries) this.set(k, v); }
  has(k: any): boolean { return k in this.o; }
  get(k: any): any { return this.o[k]; }
  set(k: any, v: any): this { this.o[k] = v; return this; }
  delete(k: any): boolean { const had = k in this.o; delete this.o[k]; return had; }
  clear(): void { this.o = {}; }
  get size(): number { return Object.keys(this.o).length; }
  keys(): IterableIterator<any> { return Object.keys(this.o)[Symbol.iterator](); }
  values(): IterableIterator<any> { return Object.values(this.o)[Symbol.iterator](); }
  entries(): IterableIterator<[any, any]> { return (Object.entries(this.o) as [any, any][])[Symbol.iterator](); }
  forEach(f: (v: any, k: any, m: any) => void): void { for (const [k, v] of Object.entries(this.o)) f(v, k, this); }
  [Symbol.iterator](): IterableIterator<[any, any]> { return this.entries(); }
}
`;

const INT32 = `
/** Every number of an output as an Int32Array would keep it. */
function __int32(value: any, seen = new Map<any, any>()): any {
  if (typeof value === 'number') return value | 0;
  if (typeof value !== 'object' || value === null) return value;
  if (typeof value.then === 'function') return value.then((v: any) => __int32(v));
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) { const out: any[] = []; seen.set(value, out); for (const v of value) out.push(__int32(v, seen)); return out; }
  if (Object.getPrototypeOf(value) === Object.prototype) { const out: any = {}; seen.set(value, out); for (const [k, v] of Object.entries(value)) out[k] = __int32(v, seen); return out; }
  return value;
}
function __int32Fn(f: any): any {
  return function (this: any, ...args: any[]) { return __int32(f.apply(this, args)); };
}
function __int32Class(C: any): any {
  return new Proxy(C, {
    construct(target: any, args: any[]) {
      const instance = Reflect.construct(target, args);
      return new Proxy(instance, {
        get(o: any, p: any) {
          const v = Reflect.get(o, p, o);
          return typeof v === 'function' ? (...a: any[]) => __int32(v.apply(o, a)) : __int32(v);
        },
      });
    },
  });
}
`;

/** The reference with its exported functions and classes wrapped by __int32Fn / __int32Class; null when it exports anything else. */
function int32Outputs(source: string): string | null {
  const functions: string[] = [];
  const classes: string[] = [];
  let rest = source.replace(/^export\s+((?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*))/gm, (_, decl: string, name: string) => { functions.push(name); return decl; });
  rest = rest.replace(/^export\s+((?:abstract\s+)?class\s+([A-Za-z_$][\w$]*))/gm, (_, decl: string, name: string) => { classes.push(name); return decl; });
  // Anything still exported (a const, a default, a re-export) is out of this mutant's reach.
  if (/^export\s+(?!type\b|interface\b)/m.test(rest) || functions.length + classes.length === 0) return null;
  const wrapped = [
    ...functions.map((n) => `const __wrapped_${n} = __int32Fn(${n});\nexport { __wrapped_${n} as ${n} };`),
    ...classes.map((n) => `const __wrapped_${n} = __int32Class(${n});\nexport { __wrapped_${n} as ${n} };`),
  ];
  return `${rest}\n${INT32}\n${wrapped.join('\n')}\n`;
}

/** The generic mutants that apply to this reference and domain. */
export function genericMutants(reference: string, domain: Domain): GenericMutant[] {
  const mutants: GenericMutant[] = [];
  const header = (what: string) => `// Generic mutant (harness/author/generic-mutants.ts): ${what}\n`;
  defaultSorts(reference).forEach((source, i) => {
    const what = `numeric comparator #${i + 1} of a sort dropped: numbers sort as strings ([10, 2] stays [10, 2])`;
    mutants.push({ name: `default-sort-${i + 1}`, what, source: header(what) + source });
  });
  if (hasStrings(domain)) {
    oneAtATime(reference, NEW_MAP, () => 'new __ObjectMap(').forEach((source, i) => {
      const what = `Map #${i + 1} replaced by a plain object (\`key in object\`, \`object[key]\`): keys such as __proto__ and constructor break it`;
      mutants.push({ name: `object-map-${i + 1}`, what, source: header(what) + source + OBJECT_MAP });
    });
  }
  if (numericBeyondInt32(domain)) {
    const source = int32Outputs(reference);
    const what = 'every number it returns kept as an Int32 (x | 0): values past 2^31 wrap, fractions truncate, -0 becomes 0';
    if (source !== null) mutants.push({ name: 'int32-outputs', what, source: header(what) + source });
  }
  return mutants;
}

/** Marks the failure a differential run raises when a mutant's answer differs from the reference's. */
export const DIFFERS = 'GENERIC-MUTANT-DIFFERS';

/** Names the reference exports as functions, classes or values (types left out). */
export function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|(?:abstract\s+)?class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
  return [...new Set(names)];
}

/**
 * A module that plays the kata's stub by running the reference and a mutant side by side: every
 * call (and every method call on an instance of an exported class) goes to both, and an answer
 * that differs, by value and shape (prototypes aside), fails the test with DIFFERS in its message.
 * Lint runs the kata's tests on it with 1 000 cases per property to check an equivalence claim.
 * `referenceFile` and `mutantFile` are imported by the paths given (relative to the module).
 */
export function differentialModule(names: readonly string[], referenceFile: string, mutantFile: string): string {
  return `import * as __ref from ${JSON.stringify(referenceFile)};
import * as __mut from ${JSON.stringify(mutantFile)};
import { inspect } from 'node:util';
const show = (v: any) => inspect(v, { depth: 4, breakLength: Infinity, maxArrayLength: 12 });
function same(a: any, b: any, seen = new Map<any, any>()): boolean {
  if (Object.is(a, b)) return true;
  // A function returned (an unsubscribe, a handle) is compared by what calling it does, later, not by identity.
  if (typeof a === 'function' && typeof b === 'function') return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Map || b instanceof Map) return a instanceof Map && b instanceof Map && same([...a], [...b], seen);
  if (a instanceof Set || b instanceof Set) return a instanceof Set && b instanceof Set && same([...a], [...b], seen);
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every((k) => kb.includes(k) && same(a[k], b[k], seen));
}
function settle(f: () => any): { value?: any; error?: any; threw: boolean } {
  try { return { value: f(), threw: false }; } catch (error) { return { error, threw: true }; }
}
function differs(what: string, r: any, m: any): never {
  throw new Error(\`${DIFFERS}: \${what} gave \${show(m)} where the reference gave \${show(r)}\`);
}
function compare(what: string, r: ReturnType<typeof settle>, m: ReturnType<typeof settle>): any {
  if (r.threw !== m.threw) differs(what, r.threw ? 'a throw' : r.value, m.threw ? 'a throw' : m.value);
  if (r.threw) throw r.error;
  if (r.value && typeof r.value.then === 'function') {
    return Promise.all([r.value, m.value]).then(([a, b]) => (same(a, b) ? a : differs(what, a, b)));
  }
  return same(r.value, m.value) ? r.value : differs(what, r.value, m.value);
}
function both(name: string, R: any, M: any): any {
  if (typeof R !== 'function') return R;
  if (/^class\\b/.test(Function.prototype.toString.call(R))) {
    return new Proxy(R, {
      construct(_t: any, args: any[]) {
        const r = new R(...args);
        const m = new M(...args);
        return new Proxy(r, {
          get(o: any, p: any) {
            const v = Reflect.get(o, p, o);
            const w = Reflect.get(m, p, m);
            if (typeof v === 'function') return (...a: any[]) => compare(\`\${name}.\${String(p)}\`, settle(() => v.apply(o, a)), settle(() => w.apply(m, a)));
            return compare(\`\${name}.\${String(p)}\`, { value: v, threw: false }, { value: w, threw: false });
          },
        });
      },
    });
  }
  return function (this: any, ...args: any[]) { return compare(name, settle(() => R.apply(this, args)), settle(() => M.apply(this, args))); };
}
${names.map((n) => `export const ${n} = both(${JSON.stringify(n)}, (__ref as any).${n}, (__mut as any).${n});`).join('\n')}
`;
}
