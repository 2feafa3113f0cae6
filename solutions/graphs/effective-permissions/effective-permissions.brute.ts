/**
 * Brute force: walk every inheritance path from the role, guarding only against cycles (a role
 * already on the current path is not entered again) but remembering nothing between paths.
 * Correct, and the first thing people write, since the permission Set removes the duplicates,
 * but a shared ancestor is walked once per path that reaches it: on a chain of n diamonds that
 * is 2ⁿ walks of the bottom role, exponential time.
 */
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role \`${role}\`: it is not a key of \`roles\`.`);
  const granted = new Set<string>();
  const onPath = new Set<string>();
  const walk = (name: string): void => {
    if (!Object.hasOwn(roles, name) || onPath.has(name)) return;
    onPath.add(name);
    const { permissions, inherits } = roles[name]!;
    for (const permission of permissions) granted.add(permission);
    for (const parent of inherits) walk(parent);
    onPath.delete(name);
  };
  walk(role);
  return [...granted].sort();
}
