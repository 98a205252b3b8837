/**
 * Every source id cited anywhere inside a value, in order of first appearance.
 * Used to number a page's references and by the data check to find uncited sources.
 */
export function collectSourceIds(
  value: unknown,
  into: string[] = [],
): string[] {
  if (Array.isArray(value)) {
    value.forEach((item) => collectSourceIds(item, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sourceIds' && Array.isArray(child)) {
        child.forEach((id) => {
          if (typeof id === 'string' && !into.includes(id)) into.push(id);
        });
      } else {
        collectSourceIds(child, into);
      }
    }
  }
  return into;
}
