import { defineKata } from '#kit';

export default defineKata({
  title: 'Meeting Rooms',
  difficulty: 'medium',
  target: { class: 'n log n' },
  domain: { 'meetings[i]': { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'The answer is a number of rooms, at most meetings.length <= 10^5: an Int32 keeps it exactly.',
  },
  hints: [
    'The target is O(n log n): a sort (or a heap) over the meetings, then constant or logarithmic work per meeting.',
    'The number of rooms needed is the largest number of meetings running at the same moment. That maximum is reached just after some meeting starts.',
    'Forget which end belongs to which meeting. Sort all start times and, separately, all end times, then sweep through time: a start takes a room, an end frees one.',
    'Walk the sorted starts with a pointer into the sorted ends: for each start, if it is >= the earliest end not yet used, that meeting has ended (half-open, so equal times free the room first) and its room is reused, so advance the end pointer; otherwise open a new room. The answer is the number of rooms opened. A min-heap of end times works as well.',
  ],
  notes: {
    asked: [
      'A staple of interval rounds: interviewers want the insight that rooms = maximum overlap, then either the two sorted arrays sweep or a min-heap of end times, each O(n log n).',
      'They ask how a meeting ending at 10 and one starting at 10 are treated (half-open, so one room), and how that decides `<` versus `<=` or the order of events with equal times.',
      'Follow-ups: return which room each meeting gets (the heap version, storing room ids); can one person attend all meetings (sort and check neighbours); meetings arrive online (a heap of end times, released as time passes); the busiest time of day.',
    ],
    traps: [
      'Treating touching meetings as overlapping, which asks for a room too many for back-to-back meetings.',
      'Comparing each meeting only with the previous one in start order: a room freed earlier by a short meeting is never reused.',
      'Comparing against the end of the most recent meeting instead of the earliest end among rooms in use.',
      'Sorting the input in place, which reorders the caller\'s data.',
    ],
    production: [
      'Conference-room and resource booking systems compute peak concurrency to size capacity and to check whether a new booking fits.',
      'Capacity planning for servers, database connections and worker pools: the peak number of concurrent requests or jobs over a log is this sweep over start and end events.',
      'Cloud schedulers assign tasks to the machine that frees up first, keeping a min-heap of finish times, which is the heap version of this algorithm.',
    ],
  },
});
