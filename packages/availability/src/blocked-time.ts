import { MS_PER_MINUTE } from './civil-date';
import type { BookedMeeting, Interval } from './types';

/**
 * Busy time re-expressed in "slot space": a slot [s, e) is free exactly when it meets none of these
 * sorted, disjoint intervals. For a link with buffers (b, a):
 *  - [s - b, e + a) meets busy/meeting [x, y)  <=>  [s, e) meets [x - a, y + b)
 *  - [s, e) meets a booking's own buffered range [x - its b, y + its a)
 * Both ranges of one booking contain its meeting, so their union is one interval.
 */
export interface BlockedTime {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly count: number;
}

function nonNegativeMs(minutes: number): number {
  return minutes > 0 ? minutes * MS_PER_MINUTE : 0;
}

export function buildBlockedTime(
  busy: readonly Interval[],
  bookings: readonly BookedMeeting[],
  bufferBeforeMinutes: number,
  bufferAfterMinutes: number,
): BlockedTime {
  const before = nonNegativeMs(bufferBeforeMinutes);
  const after = nonNegativeMs(bufferAfterMinutes);
  const starts = new Float64Array(busy.length + bookings.length);
  const ends = new Float64Array(busy.length + bookings.length);
  let size = 0;
  // Empty blocks meet nothing, so they must not grow into buffers either.
  for (const block of busy) {
    if (!(block.end > block.start)) continue;
    starts[size] = block.start - after;
    ends[size] = block.end + before;
    size++;
  }
  for (const meeting of bookings) {
    if (!(meeting.end > meeting.start)) continue;
    starts[size] = meeting.start - Math.max(after, nonNegativeMs(meeting.bufferBeforeMinutes));
    ends[size] = meeting.end + Math.max(before, nonNegativeMs(meeting.bufferAfterMinutes));
    size++;
  }
  return mergeIntervals(starts.subarray(0, size), ends.subarray(0, size));
}

/**
 * Union of intervals. Coverage at any instant depends only on how many starts and ends precede it, so
 * starts and ends can be sorted independently (typed-array numeric sort, no comparator).
 */
function mergeIntervals(starts: Float64Array, ends: Float64Array): BlockedTime {
  starts.sort();
  ends.sort();
  const size = starts.length;
  const mergedStarts = new Float64Array(size);
  const mergedEnds = new Float64Array(size);
  let count = 0;
  let active = 0;
  let startIndex = 0;
  let endIndex = 0;
  let currentStart = 0;
  while (endIndex < size) {
    // Starts go first on ties so touching intervals merge.
    if (startIndex < size && (starts[startIndex] ?? 0) <= (ends[endIndex] ?? 0)) {
      if (active === 0) currentStart = starts[startIndex] ?? 0;
      active++;
      startIndex++;
    } else {
      active--;
      if (active === 0) {
        mergedStarts[count] = currentStart;
        mergedEnds[count] = ends[endIndex] ?? 0;
        count++;
      }
      endIndex++;
    }
  }
  return { starts: mergedStarts, ends: mergedEnds, count };
}

/**
 * Answers "is [s, e) free?" for non-decreasing s in amortised O(1); a smaller s falls back to a binary
 * search, so any order stays correct.
 */
export class BlockedTimeCursor {
  private index = 0;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(private readonly blocked: BlockedTime) {}

  /** The end of the first blocked interval meeting [start, end), or null when the slot is free. */
  findBlockingEnd(start: number, end: number): number | null {
    const { starts, ends, count } = this.blocked;
    if (start < this.lastStart) this.index = this.firstEndingAfter(start);
    this.lastStart = start;
    while (this.index < count && (ends[this.index] ?? 0) <= start) this.index++;
    if (this.index < count && (starts[this.index] ?? 0) < end) return ends[this.index] ?? null;
    return null;
  }

  private firstEndingAfter(instant: number): number {
    const { ends, count } = this.blocked;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ends[middle] ?? 0) <= instant) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
