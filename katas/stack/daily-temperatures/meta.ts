import { defineKata } from '#kit';

export default defineKata({
  title: 'Daily Temperatures',
  difficulty: 'medium',
  target: { class: 'n' },
  domain: { temps: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'Every answer is a number of days, at most temps.length - 1 < 10^6: an Int32 keeps it exactly.',
  },
  hints: [
    'The target is O(n): each day may be handled a constant number of times in total, across the whole pass.',
    'A warm day can end the wait of many earlier days at once. Walking forward in time, which earlier days are still waiting, and what can you say about their temperatures?',
    'Keep a stack of the indices of days still waiting for a warmer day. Their temperatures never rise from bottom to top, so the days the current one answers are all on top.',
    'For each day `j`: while the stack is non-empty and `temps[top] < temps[j]`, pop `top` and set `result[top] = j - top`. Then push `j`. Days left on the stack keep `0`.',
  ],
  notes: {
    asked: [
      'A favourite monotonic-stack question because the answer is a distance: candidates who stored values on the stack discover they needed indices.',
      'Interviewers ask for the amortised argument: the inner `while` looks quadratic, but every index is pushed once and popped at most once, so the total work is O(n).',
      'Follow-ups: walk right to left instead (keep a stack of candidate warmer days, or jump along already computed answers); temperatures arrive as a stream and each answer must be emitted as soon as it is known; the coldest-until variant.',
    ],
    traps: [
      'Treating an equal temperature as warmer (`<=` instead of `<` when popping).',
      'Storing temperatures instead of indices on the stack, which loses the distance.',
      'Off-by-one distances such as `j - i - 1` (days strictly between) instead of `j - i`.',
      'Initialising the answers with `-1` (as in next-greater) when the task asks for `0`.',
    ],
    production: [
      'Monitoring systems answer "how long until this metric next exceeded its current level" (time to recovery, time to breach) over a series with this single pass.',
      'Trading systems compute price spans (how many periods since or until a higher price) with the same stack, over streams of ticks.',
      'Stream processors emit each pending event as soon as a later event resolves it; the stack of unresolved events is the state kept between records.',
    ],
  },
});
