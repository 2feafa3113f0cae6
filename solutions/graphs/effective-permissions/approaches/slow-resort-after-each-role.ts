/**
 * slow: keeps the answer sorted and deduplicated as it goes — after expanding each role it concatenates that role's permissions onto the running list, re-sorts the whole list and filters duplicates.
 * Time: O(V · P log P) — every one of the V roles re-sorts everything collected so far; on the
 * bench's chain of n diamonds (V = 3n + 1, P = 20·V) that is O(n² log n) (n = diamonds).
 * exposed by: many reachable roles each adding a few permissions — a long inheritance chain of n roles, or the bench's diamonds at large n (thousands rather than 8..22).
 */
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role \`${role}\`.`);
  const visited = new Set<string>([role]);
  const stack = [role];
  let result: string[] = [];
  while (stack.length > 0) {
    const { permissions, inherits } = roles[stack.pop()!]!;
    // The costly step: a full sort of the accumulated answer once per role.
    result = [...result, ...permissions].sort().filter((p, i, all) => i === 0 || all[i - 1] !== p);
    for (const parent of inherits) {
      if (!Object.hasOwn(roles, parent) || visited.has(parent)) continue;
      visited.add(parent);
      stack.push(parent);
    }
  }
  return result;
}
