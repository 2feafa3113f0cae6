/**
 * optimal: breadth-first search over inheritance links with a visited set and an index-pointer queue, collecting every permission (duplicates included) into one array, then one sort and an adjacent-duplicate sweep.
 * Time: O(V + E + P log P), n = diamonds (V = 3n + 1 roles, E ≈ 4n links, P = 20·V permissions):
 * each role is expanded once however many paths reach it, and the only super-linear step is the
 * single final sort.
 */
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role \`${role}\`.`);
  const reached = new Set<string>([role]);
  const queue: string[] = [role];
  const collected: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const { permissions, inherits } = roles[queue[head]!]!;
    for (const permission of permissions) collected.push(permission);
    for (const parent of inherits) {
      if (reached.has(parent) || !Object.hasOwn(roles, parent)) continue;
      reached.add(parent);
      queue.push(parent);
    }
  }
  // Default sort is by UTF-16 code units; equal strings end up adjacent.
  collected.sort();
  const result: string[] = [];
  for (const permission of collected) if (result.length === 0 || result[result.length - 1] !== permission) result.push(permission);
  return result;
}
