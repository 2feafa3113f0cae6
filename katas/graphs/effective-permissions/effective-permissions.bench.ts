import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './effective-permissions.ts';

type Roles = Parameters<typeof Kata.effectivePermissions>[0];

/** Distinct permissions per role: enough that the reference does measurable work at every size. */
const PERMISSIONS_PER_ROLE = 20;

/**
 * n = diamonds in a chain: top_i inherits [left_i, right_i], both of which inherit top_(i+1);
 * the last top role inherits nothing. Every role has 20 permissions of its own, so the answer
 * holds 20·(3n + 1) of them. There are 2ⁿ inheritance paths to the bottom, so a walk that does
 * not remember visited roles is exponential: the sizes grow linearly to keep it finite, while
 * the reference stays O(n log n).
 *
 * Those sizes stop at 67 roles, too few to show a cost that is merely quadratic, so the other
 * family is a long hierarchy on doubling sizes (there n counts roles): role i inherits role i + 1
 * only, and grants four permissions on its own resource plus one that every role grants. Keeping
 * the answer deduplicated by scanning it (`includes`), or re-sorting it after each role, costs
 * O(n²) there. The sizes are capped at 16 384 roles (82 000 permissions), within the
 * constraint's 10^5.
 */
export default defineBench<typeof Kata, { roles: Roles; role: string }>({
  n: 'diamonds in the inheritance chain (or roles, in a plain chain)',
  inputName: 'a chain of diamonds',
  sizes: { kind: 'linear', values: Array.from({ length: 15 }, (_, i) => 8 + i) },
  input: (n, rng) => {
    const salt = rng.int(0, 1_000_000);
    const permissions = (name: string) => Array.from({ length: PERMISSIONS_PER_ROLE }, (_, j) => `${name}:perm${(j * 7919 + salt) % 1000}`);
    const roles: Record<string, { permissions: string[]; inherits: string[] }> = {};
    for (let i = 0; i < n; i++) {
      roles[`top${i}`] = { permissions: permissions(`top${i}`), inherits: [`left${i}`, `right${i}`] };
      roles[`left${i}`] = { permissions: permissions(`left${i}`), inherits: [`top${i + 1}`] };
      roles[`right${i}`] = { permissions: permissions(`right${i}`), inherits: [`top${i + 1}`] };
    }
    roles[`top${n}`] = { permissions: permissions(`top${n}`), inherits: [] };
    return { roles, role: 'top0' };
  },
  families: [
    {
      name: 'a chain of n roles',
      exposes: 'deduplicating with includes() on the answer so far, or re-sorting the whole answer after each role',
      sizes: { kind: 'doubling', maxN: 16_384 },
      input: (n, rng) => {
        const salt = rng.int(0, 1_000_000);
        const roles: Record<string, { permissions: string[]; inherits: string[] }> = {};
        for (let i = 0; i < n; i++) {
          const resource = `doc${salt + i}`;
          roles[`role${i}`] = {
            permissions: [`${resource}:read`, `${resource}:write`, `${resource}:share`, `${resource}:delete`, 'profile:read'],
            inherits: i + 1 < n ? [`role${i + 1}`] : [],
          };
        }
        return { roles, role: 'role0' };
      },
    },
  ],
  run: (impl, { roles, role }) => impl.effectivePermissions(roles, role),
  answersAgree: sameAnswer,
});
