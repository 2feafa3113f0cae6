import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './group-anagrams.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
/**
 * Short words keep the reference's per-word cost (split, sort, join) small, so a slow approach's
 * quadratic part shows at the sizes measured: with 8-letter words the self-check read a ratio slope
 * of 0.47-0.49 for both slow approaches below, inconclusive (CI, 2026-12-06).
 */
const WORD_LENGTH = 5;
const GROUP_WORD_LENGTH = 3;

/**
 * n = words.length; every word has 5 letters. Seven words in eight are random (142 506 multisets
 * of 5 letters, so rarely anagrams of each other) and each eighth is a shuffle of an earlier word:
 * about 7n/8 groups, so comparing each word with every group so far is quadratic.
 */
export default defineBench<typeof Kata, string[]>({
  n: 'number of words',
  inputName: 'random words, one in eight an anagram',
  input: (n, rng) => {
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % 8 === 7) {
        words.push(rng.shuffle(words[rng.int(0, i - 1)]!.split('')).join(''));
      } else {
        let word = '';
        for (let c = 0; c < WORD_LENGTH; c++) word += rng.pick(LETTERS);
        words.push(word);
      }
    }
    return words;
  },
  families: [
    {
      name: 'one anagram group',
      exposes: 'groups copied (spread) or rescanned every time a word joins them',
      input: (n, rng) => {
        const letters = Array.from({ length: GROUP_WORD_LENGTH }, () => rng.pick(LETTERS));
        return Array.from({ length: n }, () => rng.shuffle([...letters]).join(''));
      },
    },
  ],
  run: (impl, words) => impl.groupAnagrams(words),
  answersAgree: sameAnswer,
});
