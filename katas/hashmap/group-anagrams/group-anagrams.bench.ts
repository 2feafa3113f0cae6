import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './group-anagrams.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const WORD_LENGTH = 8;

/**
 * n = words.length; every word has 8 letters. Seven words in eight are random (26^8 choices, so
 * practically never anagrams of each other) and each eighth is a shuffle of an earlier word:
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
        const letters = Array.from({ length: WORD_LENGTH }, () => rng.pick(LETTERS));
        return Array.from({ length: n }, () => rng.shuffle([...letters]).join(''));
      },
    },
  ],
  run: (impl, words) => impl.groupAnagrams(words),
  answersAgree: sameAnswer,
});
