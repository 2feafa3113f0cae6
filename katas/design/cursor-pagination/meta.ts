import { defineKata } from '#kit';

export default defineKata({
  title: 'Cursor Pagination',
  difficulty: 'easy',
  target: { class: 'log n', text: 'O(log n + limit) per page' },
  domain: {
    'items[i].id': { kind: 'integer' },
    after: { kind: 'integer' },
    limit: { kind: 'integer', min: 1 },
  },
  hints: [
    'The target is O(log n + limit) per page: you may not walk from the start of the list to find where the page begins.',
    'The list is sorted by id, so "the first item whose id is greater than `after`" can be found by binary search, whether or not `after` itself is an id in the list.',
    'Binary search for the smallest index `start` with `items[start].id > after` (an upper bound: `lo = 0, hi = items.length`; if `items[mid].id <= after` then `lo = mid + 1`, else `hi = mid`). With no `after`, `start` is 0.',
    'The page is `items.slice(start, end)` with `end = Math.min(start + limit, items.length)`. More items follow exactly when `end < items.length`; then `nextCursor` is `items[end - 1].id`, otherwise `null`. Validate `limit` first with `Number.isInteger(limit) && limit > 0`.',
  ],
  notes: {
    asked: [
      'Interviewers ask "how would you paginate this endpoint?" and expect cursor (keyset) pagination, with the reasons offset pagination breaks: deep pages are slow, and inserts or deletes between requests shift the pages.',
      'Follow-ups: sort by a non-unique column such as created_at (use (created_at, id) as the cursor); opaque, signed cursors; paging backwards (before/last); how to know there is a next page without counting (fetch limit + 1).',
      'In code, they check the boundaries: a cursor that was deleted, exactly limit items left, an empty last page.',
    ],
    traps: [
      'Including the cursor item itself (id >= after), so the last item of a page appears again at the top of the next one.',
      'Returning a cursor when exactly `limit` items were left, so the client makes one more request for an empty page.',
      'Looking the cursor up with `findIndex(item => item.id === after)`, which restarts from the beginning when that item has been deleted.',
      'Walking from the start to find the cursor: O(n) per page, exactly the cost cursors exist to avoid.',
    ],
    production: [
      'Public APIs (Stripe, GitHub, Slack, GraphQL connections) page with cursors; the database side is `WHERE id > :after ORDER BY id LIMIT :limit`, an index seek instead of an OFFSET scan.',
      'Servers fetch limit + 1 rows to learn whether a next page exists without a COUNT(*).',
      'Cursors are encoded (often base64 of the last sort key and id) so clients treat them as opaque.',
    ],
  },
});
