import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into sentences a data editor can act on: which field, what was wrong.
 * Claims are unions (verified | unverified); for those we report the branch the entry was
 * evidently written as, instead of zod's generic "no union member matched".
 */
export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
): string[] {
  return issues.flatMap((issue) => describeIssue(issue, input));
}

function describeIssue(
  issue: Issue,
  root: unknown,
  prefix: PropertyKey[] = [],
): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const target = valueAt(root, path);
    const best = pickBranch(issue.errors, target);
    return best.flatMap((inner) => describeIssue(inner, root, path));
  }
  return [`${formatPath(path)}: ${messageFor(issue, valueAt(root, path))}`];
}

function pickBranch(branches: Issue[][], target: unknown): Issue[] {
  const claimsUnverified =
    typeof target === 'object' && target !== null && 'unverified' in target;
  // Claim unions put the verified shape first and the unverified marker second.
  if (
    branches.length === 2 &&
    (branches[1]?.some((i) => i.path[0] === 'unverified') || claimsUnverified)
  ) {
    return (claimsUnverified ? branches[1] : branches[0]) ?? [];
  }
  return [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
}

/** `actual` is read from the input by path: zod 4 leaves the offending value out of its issues. */
function messageFor(issue: Issue, actual: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(actual)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(actual)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the data model)`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
