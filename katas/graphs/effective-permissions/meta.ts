import { defineKata } from '#kit';

export default defineKata({
  title: 'Effective Permissions',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(V + E + P log P)' },
  domain: { role: { kind: 'string' }, permissions: { kind: 'string' } },
  hints: [
    'The target is O(V + E + P log P): every role is expanded once, every inheritance link followed once, and only the final list is sorted.',
    'This is reachability in a directed graph whose nodes are roles and whose edges are "inherits". Once you see that, cycles and shared ancestors are the usual visited-set problem.',
    'Guarding only against the roles on the current path stops infinite loops but not repeated work: in a chain of diamonds the bottom role is reached along 2ⁿ paths. Keep one `visited` set for the whole search.',
    'Check `Object.hasOwn(roles, role)` first and throw RangeError if not. Then push the role on a stack, pop until empty, add each popped role\'s permissions to a Set, and push each inherited name that is an own key and not yet visited (mark it when you push it). Finish with `[...set].sort()`.',
  ],
  notes: {
    asked: [
      'A favourite in backend interviews because it is graph traversal dressed as a real feature: RBAC with role hierarchies, group nesting, or feature-flag inheritance.',
      'Interviewers probe for cycles ("an admin accidentally made viewer inherit admin"), missing roles, and how you would cache the result and invalidate it when a role changes.',
      'Follow-ups: compute every role at once (topological order, or memoise per role and handle strongly connected components), explicit deny rules that override inherited allows, and permissions with wildcards (`billing:*`).',
    ],
    traps: [
      'No visited set: a cycle in the role data loops forever or overflows the stack in production.',
      'A visited set that is cleared when the recursion returns (on-path only): correct but exponential on diamonds.',
      'Looking roles up with `roles[name]` or `name in roles`: `constructor` and `toString` exist on every object, so an unknown role slips through or crashes.',
      'Sorting with `localeCompare`, which orders by language rules, not by code units; or forgetting to deduplicate.',
    ],
    production: [
      'Authorisation services (Kubernetes RBAC aggregated ClusterRoles, AWS IAM groups, LDAP and Active Directory nested groups, Keycloak composite roles) expand role hierarchies exactly like this.',
      'Because permission checks are on every request, systems precompute each role\'s effective set and cache it, invalidating on role changes; Zanzibar-style systems (SpiceDB, OpenFGA) answer "can X do Y" by walking the relationship graph with the same visited-set discipline.',
    ],
  },
});
