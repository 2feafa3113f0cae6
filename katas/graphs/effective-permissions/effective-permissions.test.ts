import { describe, expect } from 'vitest';
import { effectivePermissions } from './effective-permissions.ts';
import { deepFreeze, expectRangeError, fc, it } from '#kit/testing';

type Role = { permissions: string[]; inherits: string[] };
type Roles = Record<string, Role>;

const ROLE_NAMES = ['admin', 'editor', 'viewer', 'ops', 'billing', 'support', 'guest'] as const;
/** Inherited names that are never keys: deleted roles, and names Object.prototype already has. */
const MISSING_NAMES = ['ghost', 'constructor', 'toString'] as const;
/** Mixed case on purpose: code-unit order puts 'Read' and 'Z' before 'audit'. */
const PERMISSIONS = ['read', 'write', 'Read', 'delete', 'deploy:prod', 'audit', 'Z', 'billing:*'] as const;

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
 * permissions, roles without permissions, inherited names that are not keys.
 */
const rolesWithQuery = fc
  .integer({ min: 1, max: 7 })
  .chain((n) => {
    const names = ROLE_NAMES.slice(0, n);
    const inheritable = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 6 }, { arbitrary: fc.constantFrom(...MISSING_NAMES), weight: 1 });
    const role = fc.record({
      permissions: fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 4 }),
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

  it.prop([rolesWithQuery, fc.constantFrom('nobody', 'ghost', 'constructor', 'hasOwnProperty', '')])(
    'throws RangeError for any role that is not a key',
    ({ roles }, unknown) => {
      expectRangeError(() => effectivePermissions(roles, unknown));
    },
  );

  it.prop([rolesWithQuery])('does not modify its input', ({ roles, query }) => {
    const before = structuredClone(roles);
    effectivePermissions(deepFreeze(roles), query);
    expect(roles).toEqual(before);
  });
});
