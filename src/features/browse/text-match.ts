/**
 * Search that forgives one slip: every query word must appear in the text, either as a
 * substring ("IL-17", "jak", "Kineret") or, for words of 5+ letters, as a word at edit distance 1
 * ("tofacitnib"). Hand-written because it is 30 lines; a fuzzy library would cost more bytes than it saves.
 */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const tokens = searchText.split(/[^a-z0-9α-ω-]+/i).filter(Boolean);
  return words.every(
    (word) =>
      searchText.includes(word) ||
      // No slip allowed in words with digits: "IL-17" is not one letter away from "IL-1".
      (word.length >= 5 &&
        !/\d/.test(word) &&
        tokens.some((t) => withinOneEdit(word, t))),
  );
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    const swapped =
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(i + 2) === b.slice(i + 2);
    return restA === restB || swapped;
  }
  return a.length > b.length
    ? a.slice(i + 1) === b.slice(i)
    : a.slice(i) === b.slice(i + 1);
}
