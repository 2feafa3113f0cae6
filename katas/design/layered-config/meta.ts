import { defineKata } from '#kit';

export default defineKata({
  title: 'Layered Config',
  difficulty: 'easy',
  target: { class: null },
  domain: {
    key: { kind: 'string' },
    'layers[i].name': { kind: 'string' },
  },
  hints: [
    'There is no complexity target: a lookup walks the layers (there are few of them). The kata is about exact semantics: own keys only, falsy and undefined values, and never writing to the inputs.',
    'Decide how a layer "holds" a key: `key in values` and `values[key] !== undefined` are both wrong here; `Object.hasOwn(values, key)` is right.',
    'Do not write into `layers[0].values`: keep the run-time overrides in a `Map` of your own that sits in front of the first layer and reports the first layer\'s name as its source. A Map also takes `__proto__` as an ordinary key, which a plain object does not.',
    'get/source: check the overrides Map, then each layer in order with `Object.hasOwn`. keys: put every `Object.keys(layer.values)` and the Map\'s keys into a Set, spread it into an array and call `.sort()` with no comparator. Throw the RangeError in the constructor when `layers.length === 0`.',
  ],
  notes: {
    asked: [
      'A common practical exercise for backend roles: merge configuration sources with precedence and explain where each value came from.',
      'Follow-ups: nested keys (`db.pool.max`) and deep merging; typed and validated config (a schema checked at start-up, fail fast); reloading at run time without restarting; secrets that must never be logged.',
      'Interviewers watch for whether you mutate the input objects, and whether you treat a present-but-falsy value as missing.',
    ],
    traps: [
      'Writing `set` into the caller\'s first layer object: it may be frozen (TypeError) or shared with other code that now sees your override.',
      'Using `key in values`, which finds `toString` and `constructor` on every plain object.',
      'Treating `undefined`, `0`, `false` or `\'\'` as "not set", so a lower layer\'s value wins.',
      'Copying a layer into a plain object and assigning `__proto__` into it, which sets the prototype instead of storing a key.',
      'Returning keys unsorted or with duplicates (Object.keys puts integer-like keys first, in numeric order).',
    ],
    production: [
      'Spring Boot property sources, Node libraries such as convict and nconf, and Python\'s dynaconf all resolve configuration as ordered layers where the first one that defines a key wins.',
      'Feature-flag systems resolve per-user, per-tenant and global values the same way, and report which rule supplied the value.',
      'Configuration parsed from JSON or environment variables is untrusted input: own-key checks and Maps avoid prototype pollution.',
    ],
  },
  noBruteForce:
    'There is nothing slow to improve on: a lookup is a walk over a handful of layers, so the natural solution is the reference. The kata checks semantics (own keys, falsy values, no writes to the inputs, sorted keys), not speed.',
});
