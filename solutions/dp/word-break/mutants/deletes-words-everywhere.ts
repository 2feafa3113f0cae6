// Mutant: deletes every occurrence of each word from the string, in dictionary order, and checks that nothing is left.
export function wordBreak(s: string, words: readonly string[]): boolean {
  let rest = s;
  for (const word of words) rest = rest.split(word).join('');
  return rest === '';
}
