import { describe, expect } from 'vitest';
import { LayeredConfig } from './layered-config.ts';
import { deepFreeze, expectRangeError, fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';

type LayerInput = { name: string; values: Readonly<Record<string, unknown>> };

function readmeLayers(): LayerInput[] {
  return [
    { name: 'flags', values: { port: 9000 } },
    { name: 'env', values: { port: 8080, debug: false, region: undefined } },
    { name: 'defaults', values: { port: 80, debug: true, region: 'eu', timeoutMs: 5000 } },
  ];
}

describe('LayeredConfig examples', () => {
  it('walks through the README example', () => {
    const config = new LayeredConfig(deepFreeze(readmeLayers()));
    expect([config.get('port'), config.source('port')]).toEqual([9000, 'flags']);
    expect([config.get('debug'), config.source('debug')], 'a falsy value still counts').toEqual([false, 'env']);
    expect(config.get('region'), 'env holds region, with value undefined').toBeUndefined();
    expect(config.source('region')).toBe('env');
    expect([config.get('timeoutMs'), config.source('timeoutMs')]).toEqual([5000, 'defaults']);
    expect([config.get('missing'), config.source('missing')]).toEqual([undefined, undefined]);
    expect([config.get('toString'), config.source('toString')], 'inherited, not held').toEqual([undefined, undefined]);
    expect(config.keys()).toEqual(['debug', 'port', 'region', 'timeoutMs']);
    config.set('timeoutMs', 100);
    expect([config.get('timeoutMs'), config.source('timeoutMs')]).toEqual([100, 'flags']);
    config.set('__proto__', 1);
    expect([config.get('__proto__'), config.source('__proto__')]).toEqual([1, 'flags']);
    expect(config.keys()).toEqual(['__proto__', 'debug', 'port', 'region', 'timeoutMs']);
  });

  // Stated rule (README): the layers are handed over for good; the config never writes to them.
  it('never writes into the objects it was given, frozen or not', () => {
    const layers = readmeLayers();
    const before = structuredClone(layers);
    const config = new LayeredConfig(layers);
    config.set('timeoutMs', 100);
    config.set('port', 1);
    config.set('fresh', 'new');
    expect(layers, 'the caller\'s layers are unchanged').toEqual(before);
    expect(Object.hasOwn(layers[0]!.values, 'fresh'), 'no key added to the first layer object').toBe(false);
    expect(config.get('fresh')).toBe('new');
  });

  // Stated rule (README): a layer holds its own keys only.
  it('treats inherited Object.prototype names as absent', () => {
    const config = new LayeredConfig(deepFreeze([{ name: 'only', values: { a: 1 } }]));
    for (const key of ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf', '']) {
      expect(config.get(key), `get('${key}')`).toBeUndefined();
      expect(config.source(key), `source('${key}')`).toBeUndefined();
    }
    expect(config.keys()).toEqual(['a']);
  });

  // Stated rule (README): any string is a key, and a layer may hold any of them.
  it('finds keys named like Object.prototype members when a layer really holds them', () => {
    const values = Object.fromEntries([['constructor', 'mine'], ['__proto__', 'json']]);
    const config = new LayeredConfig(deepFreeze([{ name: 'top', values: {} }, { name: 'parsed', values }]));
    expect([config.get('constructor'), config.source('constructor')]).toEqual(['mine', 'parsed']);
    expect([config.get('__proto__'), config.source('__proto__')]).toEqual(['json', 'parsed']);
    expect(config.keys()).toEqual(['__proto__', 'constructor']);
  });

  // Stated rule (README): any string is a key, and a layer may hold any of them.
  it('keeps working when a layer holds keys named hasOwnProperty, valueOf or the empty string', () => {
    const parsed = JSON.parse('{"hasOwnProperty": 1, "valueOf": 2, "": 3, "toString": 4}') as Record<string, unknown>;
    const config = new LayeredConfig(deepFreeze([{ name: 'json', values: parsed }, { name: 'defaults', values: { x: 5 } }]));
    expect([config.get('hasOwnProperty'), config.source('hasOwnProperty')]).toEqual([1, 'json']);
    expect([config.get('valueOf'), config.get(''), config.get('toString')]).toEqual([2, 3, 4]);
    expect([config.get('x'), config.source('x')], 'a key of the next layer').toEqual([5, 'defaults']);
    expect([config.get('y'), config.source('y')]).toEqual([undefined, undefined]);
    config.set('z', 6);
    expect(config.keys()).toEqual(['', 'hasOwnProperty', 'toString', 'valueOf', 'x', 'z']);
  });

  // Stated rule (README): a layer holds its own keys only, whatever their value.
  it('lets falsy values from a higher layer win', () => {
    const config = new LayeredConfig(
      deepFreeze([
        { name: 'high', values: { zero: 0, empty: '', no: false, nothing: null } },
        { name: 'low', values: { zero: 5, empty: 'x', no: true, nothing: 'y' } },
      ]),
    );
    expect([config.get('zero'), config.get('empty'), config.get('no'), config.get('nothing')]).toEqual([0, '', false, null]);
    expect(['zero', 'empty', 'no', 'nothing'].map((k) => config.source(k))).toEqual(['high', 'high', 'high', 'high']);
  });

  it('sets into the first layer even when a lower layer held the key', () => {
    const config = new LayeredConfig(deepFreeze([{ name: 'a', values: {} }, { name: 'b', values: { k: 1 } }]));
    config.set('k', 2);
    expect([config.get('k'), config.source('k')]).toEqual([2, 'a']);
    config.set('k', undefined);
    expect([config.get('k'), config.source('k')], 'set to undefined still holds the key').toEqual([undefined, 'a']);
    expect(config.keys()).toEqual(['k']);
  });

  // Stated rule (README): keys sort by UTF-16 code units.
  it('sorts keys by UTF-16 code units, without duplicates', () => {
    const config = new LayeredConfig(
      deepFreeze([
        { name: 'one', values: { b: 1, '2': 1, Z: 1 } },
        { name: 'two', values: { a: 1, '10': 1, b: 2 } },
      ]),
    );
    expect(config.keys()).toEqual(['10', '2', 'Z', 'a', 'b']);
    const odd = new LayeredConfig(deepFreeze([{ name: 'x', values: Object.fromEntries([['\uFFFF', 1], ['\uD83D\uDE00', 2], ['é', 3], ['\uD800', 4]]) }]));
    expect(odd.keys(), 'code units, not code points: a surrogate sorts below U+FFFF').toEqual(['é', '\uD800', '\uD83D\uDE00', '\uFFFF']);
  });

  // Stated rule (README): values are returned as stored.
  it('returns values as stored, not copies', () => {
    const pool = Object.freeze({ max: 10 });
    const config = new LayeredConfig(deepFreeze([{ name: 'x', values: { pool } }]));
    expect(config.get('pool')).toBe(pool);
    const other = { min: 1 };
    config.set('other', other);
    expect(config.get('other')).toBe(other);
  });

  // Stated rule (README): names need not be unique.
  it('allows several layers with the same name', () => {
    const config = new LayeredConfig(deepFreeze([{ name: 'file', values: { a: 1 } }, { name: 'file', values: { b: 2 } }]));
    expect([config.source('a'), config.source('b')]).toEqual(['file', 'file']);
  });

  it('works with a single empty layer', () => {
    const config = new LayeredConfig(deepFreeze([{ name: 'empty', values: {} }]));
    expect(config.keys()).toEqual([]);
    expect(config.get('a')).toBeUndefined();
    config.set('a', 1);
    expect([config.get('a'), config.source('a'), config.keys()]).toEqual([1, 'empty', ['a']]);
  });

  it('rejects an empty list of layers', () => {
    expectRangeError(() => new LayeredConfig([]), 'the error thrown for no layers');
  });
});

// ---------------------------------------------------------------------------------------------
// Model: every layer copied into a Map (so nothing inherited can ever be found), `set` writing
// into the first Map. Keys come from the whole key domain (integer-like strings, Object.prototype
// member names, '' and lone surrogates included), layer names from theirs.
/** Values include every falsy value and objects, whose identity is checked. */
const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, '', false, true, 1, 'x'),
  fc.nat(99).map((n) => ({ n })),
);

interface Model {
  names: string[];
  layers: Map<string, unknown>[];
}
type Real = LayeredConfig;

function modelHolder(model: Model, key: string): number {
  return model.layers.findIndex((layer) => layer.has(key));
}

class GetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = modelHolder(model, this.key);
    expect(real.get(this.key), `${this}`).toBe(i < 0 ? undefined : model.layers[i]!.get(this.key));
    expect(real.source(this.key), `source(${JSON.stringify(this.key)})`).toBe(i < 0 ? undefined : model.names[i]);
  }
  toString(): string {
    return `get(${JSON.stringify(this.key)})`;
  }
}

class SetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string, readonly value: unknown) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    model.layers[0]!.set(this.key, this.value);
    real.set(this.key, this.value);
    expect(real.get(this.key), `get after ${this}`).toBe(this.value);
    expect(real.source(this.key), `source after ${this}`).toBe(model.names[0]);
  }
  toString(): string {
    return `set(${JSON.stringify(this.key)}, ${JSON.stringify(this.value) ?? 'undefined'})`;
  }
}

class KeysCommand implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const all = new Set<string>();
    for (const layer of model.layers) for (const key of layer.keys()) all.add(key);
    expect(real.keys(), 'keys()').toEqual([...all].sort());
  }
  toString(): string {
    return 'keys()';
  }
}

// A pool of up to nine distinct keys, so layers share keys and gets hit them; several layers may
// share a name (short names repeat).
const scenario = fc.uniqueArray(stringsOf(meta.domain.key), { minLength: 1, maxLength: 9 }).chain((keys) => {
  const key = fc.constantFrom(...keys);
  return fc.record({
    layerSpecs: fc.array(
      fc.record({
        name: stringsOf(meta.domain['layers[i].name'], { maxLength: 2 }),
        entries: fc.array(fc.tuple(key, value), { maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    cmds: fc.commands(
      [
        key.map((k) => new GetCommand(k)),
        key.map((k) => new GetCommand(k)),
        fc.tuple(key, value).map(([k, v]) => new SetCommand(k, v)),
        fc.constant(new KeysCommand()),
      ],
      { maxCommands: 30, size: '+1' },
    ),
  });
});

describe('LayeredConfig properties', () => {
  it.prop([scenario, fc.boolean()])(
    'answers like a list of Maps, first holder wins, under any gets, sets and keys calls',
    ({ layerSpecs, cmds }, freeze) => {
      // Object.fromEntries defines own properties, `__proto__` included.
      const layers: LayerInput[] = layerSpecs.map(({ name, entries }) => ({ name, values: Object.fromEntries(entries) }));
      const snapshot = layers.map(({ name, values }) => ({ name, entries: Object.entries(values) }));
      fc.modelRun(
        () => ({
          model: { names: layers.map((l) => l.name), layers: layerSpecs.map(({ entries }) => new Map(entries)) },
          real: new LayeredConfig(freeze ? deepFreeze(layers) : layers),
        }),
        cmds,
      );
      const after = layers.map(({ name, values }) => ({ name, entries: Object.entries(values) }));
      expect(after, 'the layers passed in are unchanged').toEqual(snapshot);
      layers.forEach(({ values }, i) => expect(Object.getPrototypeOf(values), `layer ${i} prototype`).toBe(Object.prototype));
    },
  );
});
