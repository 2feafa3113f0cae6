import { describe, expect } from 'vitest';
import { effectivePermissions } from './effective-permissions.ts';
import { deepFreeze, expectRangeError, fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';

type Role = { permissions: string[]; inherits: string[] };
type Roles = Record<string, Role>;

// Built once, outside the properties: building the first string arbitrary takes about a second.
/** Role names from the whole domain: `__proto__`, `constructor`, '', lone surrogates, ordinary words. */
const roleName = stringsOf(meta.domain.role);
/** Permissions from the whole domain: the same edges, and code-unit order unlike alphabetical order. */
const permission = stringsOf(meta.domain.permissions);

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Independent oracle: grow the set of reachable roles until it stops changing, then collect. */
function closure(roles: Roles, role: string): string[] {
  const reached = new Set([role]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of [...reached]) {
      for (const parent of roles[name]!.inherits) {
        if (Object.hasOwn(roles, parent) && !reached.has(parent)) {
          reached.add(parent);
          grew = true;
        }
      }
    }
  }
  const all = [...reached].flatMap((name) => roles[name]!.permissions);
  return [...new Set(all)].sort(byCodeUnits);
}

/**
 * Random role records with a role to resolve: cycles, self-inheritance, diamonds, repeated
 * permissions, roles without permissions, inherited names that are not keys. Names and
 * permissions come from small pools drawn from the whole domain, so they repeat; the record is
 * built with Object.fromEntries, so a role named `__proto__` is an own key.
 */
const rolesWithQuery = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.tuple(
      fc.uniqueArray(roleName, { minLength: n + 2, maxLength: n + 2 }),
      fc.uniqueArray(permission, { minLength: 1, maxLength: 8 }),
    ),
  )
  .chain(([pool, permissions]) => {
    // The last two names of the pool are never keys: deleted or misspelt roles.
    const names = pool.slice(0, -2);
    const inheritable = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 6 }, { arbitrary: fc.constantFrom(...pool.slice(-2)), weight: 1 });
    const role = fc.record({
      permissions: fc.array(fc.constantFrom(...permissions), { maxLength: 4 }),
      inherits: fc.array(inheritable, { maxLength: 3 }),
    });
    return fc.record({
      roles: fc.tuple(...names.map(() => role)).map((list) => Object.fromEntries(names.map((name, i) => [name, list[i]!])) as Roles),
      query: fc.constantFrom(...names),
    });
  });

describe('effectivePermissions examples', () => {
  const roles: Roles = {
    viewer: { permissions: ['read'], inherits: [] },
    editor: { permissions: ['write', 'read'], inherits: ['viewer'] },
    admin: { permissions: ['delete'], inherits: ['editor', 'auditor'] },
    auditor: { permissions: ['audit:read'], inherits: ['viewer'] },
  };

  it('returns a role\'s own permissions', () => {
    expect(effectivePermissions(roles, 'viewer')).toEqual(['read']);
  });
  it('adds inherited permissions and removes duplicates', () => {
    expect(effectivePermissions(roles, 'editor')).toEqual(['read', 'write']);
  });
  it('follows inheritance transitively through a diamond', () => {
    expect(effectivePermissions(roles, 'admin')).toEqual(['audit:read', 'delete', 'read', 'write']);
  });
  it('returns an empty list for a role with nothing', () => {
    expect(effectivePermissions({ a: { permissions: [], inherits: [] } }, 'a')).toEqual([]);
  });
  it('terminates on inheritance cycles, including a role that inherits itself', () => {
    const cyclic: Roles = { a: { permissions: ['x'], inherits: ['b'] }, b: { permissions: ['y'], inherits: ['a'] } };
    expect(effectivePermissions(cyclic, 'a')).toEqual(['x', 'y']);
    expect(effectivePermissions(cyclic, 'b')).toEqual(['x', 'y']);
    expect(effectivePermissions({ a: { permissions: ['x'], inherits: ['a'] } }, 'a')).toEqual(['x']);
  });
  it('ignores inherited names that are not roles', () => {
    expect(effectivePermissions({ a: { permissions: ['x'], inherits: ['gone'] } }, 'a')).toEqual(['x']);
    expect(effectivePermissions({ a: { permissions: ['x'], inherits: ['constructor', 'toString'] } }, 'a')).toEqual(['x']);
  });
  it('sorts by code units, so capitals come first', () => {
    expect(effectivePermissions({ a: { permissions: ['b', 'B', 'a'], inherits: [] } }, 'a')).toEqual(['B', 'a', 'b']);
    expect(effectivePermissions({ a: { permissions: ['read', 'Z', 'admin:*'], inherits: [] } }, 'a')).toEqual(['Z', 'admin:*', 'read']);
  });
  it('throws RangeError for a role that does not exist', () => {
    expectRangeError(() => effectivePermissions(roles, 'guest'));
    expectRangeError(() => effectivePermissions({}, 'admin'));
  });
  it('throws RangeError for a name that only Object.prototype has', () => {
    expectRangeError(() => effectivePermissions({}, 'toString'));
    expectRangeError(() => effectivePermissions(roles, 'constructor'));
  });
  it('accepts a role whose name happens to be an Object.prototype member', () => {
    const odd: Roles = { constructor: { permissions: ['build'], inherits: ['valueOf'] }, valueOf: { permissions: ['read'], inherits: [] } };
    expect(effectivePermissions(odd, 'constructor')).toEqual(['build', 'read']);
  });
  it('treats a role named __proto__ as an own key, and keeps a permission named __proto__', () => {
    const odd: Roles = Object.fromEntries([
      ['__proto__', { permissions: ['__proto__', ''], inherits: ['constructor', '__proto__'] }],
      ['a', { permissions: ['constructor'], inherits: ['__proto__'] }],
    ]);
    expect(effectivePermissions(odd, '__proto__')).toEqual(['', '__proto__']);
    expect(effectivePermissions(odd, 'a')).toEqual(['', '__proto__', 'constructor']);
    expectRangeError(() => effectivePermissions({ a: { permissions: [], inherits: [] } }, '__proto__'));
  });
});

describe('effectivePermissions properties', () => {
  it.prop([rolesWithQuery])('returns the sorted, deduplicated permissions of every role it can reach', ({ roles, query }) => {
    const expected = closure(roles, query);
    expect(effectivePermissions(roles, query)).toEqual(expected);
  });

  it.prop([rolesWithQuery])('grants at least everything each inherited role grants', ({ roles, query }) => {
    const granted = new Set(effectivePermissions(roles, query));
    for (const parent of roles[query]!.inherits) {
      if (!Object.hasOwn(roles, parent)) continue;
      for (const permission of effectivePermissions(roles, parent)) {
        expect(granted.has(permission), `${query} inherits ${parent}, which grants ${permission}`).toBe(true);
      }
    }
  });

  it.prop([rolesWithQuery, roleName])('throws RangeError for any role that is not a key', ({ roles }, unknown) => {
    fc.pre(!Object.hasOwn(roles, unknown));
    expectRangeError(() => effectivePermissions(roles, unknown));
  });

  it.prop([rolesWithQuery])('does not modify its input', ({ roles, query }) => {
    const before = structuredClone(roles);
    effectivePermissions(deepFreeze(roles), query);
    expect(roles).toEqual(before);
  });
});
