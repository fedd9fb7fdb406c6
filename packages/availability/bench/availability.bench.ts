// Engine time vs. JSON.stringify of the engine's own result, for one realistic request:
// 60 days x 3 durations against 1,000 busy blocks. Prints numbers; asserts nothing.
import { type AvailabilityInput, type BookedMeeting, type Interval, listSlots } from '../src';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DURATIONS = [15, 30, 60];
const DAYS = 60;
const BUSY_BLOCKS = 1_000;
const BOOKINGS = 60;

/** Deterministic PRNG (mulberry32) so every run measures the same input. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function buildInputs(): AvailabilityInput[] {
  const random = createRandom(20_260_315);
  const now = Date.parse('2026-03-01T14:07:00Z');
  const rangeStart = now;
  const rangeEnd = now + DAYS * DAY;
  const randomBlock = (maxMinutes: number): Interval => {
    const start = rangeStart + Math.floor((random() * (rangeEnd - rangeStart)) / (5 * MINUTE)) * 5 * MINUTE;
    return { start, end: start + (15 + Math.floor(random() * maxMinutes)) * MINUTE };
  };
  const busy = Array.from({ length: BUSY_BLOCKS }, () => randomBlock(90));
  const bookings: BookedMeeting[] = Array.from({ length: BOOKINGS }, () => ({
    ...randomBlock(45),
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
  }));
  const workday = [
    { start: '08:30', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ];
  return DURATIONS.map((duration) => ({
    rules: {
      timeZone: 'America/New_York',
      weeklyHours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
      excludedDates: ['2026-04-03', '2026-05-25'],
      dateOverrides: [
        { date: '2026-03-08', ranges: [{ start: '01:00', end: '04:00' }] },
        { date: '2026-04-10', ranges: [] },
      ],
      durations: DURATIONS,
      slotStepMinutes: null,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      maxPerDay: 8,
      maxPerWeek: 30,
      minNoticeMinutes: 240,
      minAdvanceDays: 0,
      maxAdvanceDays: 90,
    },
    duration,
    now,
    range: { start: rangeStart, end: rangeEnd },
    busy,
    bookings,
    counts: {
      perDay: new Map([['2026-03-04', 8]]),
      perWeek: new Map([['2026-W12', 30]]),
    },
  }));
}

function computeAll(inputs: AvailabilityInput[]): Interval[][] {
  return inputs.map((input) => listSlots(input));
}

/** Median of `rounds` timings, each averaging `iterations` calls, in ms per call. */
function measure(run: () => unknown, rounds: number, iterations: number): number {
  const perCall: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let iteration = 0; iteration < iterations; iteration++) run();
    perCall.push((performance.now() - started) / iterations);
  }
  perCall.sort((left, right) => left - right);
  return perCall[Math.floor(perCall.length / 2)] ?? Number.NaN;
}

const inputs = buildInputs();
const coldStarted = performance.now();
const result = computeAll(inputs);
const coldMs = performance.now() - coldStarted;

// Warm-up lets V8 optimise both sides before anything is timed.
measure(() => computeAll(inputs), 5, 200);
measure(() => JSON.stringify(result), 5, 200);

const engineMs = measure(() => computeAll(inputs), 15, 200);
const stringifyMs = measure(() => JSON.stringify(result), 15, 200);
const ratio = engineMs / stringifyMs;

const slotCounts = result.map((slots, index) => `${DURATIONS[index]} min: ${slots.length}`).join(', ');
console.log(
  `input: ${DAYS} days x durations ${DURATIONS.join('/')}, ${BUSY_BLOCKS} busy blocks, ${BOOKINGS} bookings`,
);
console.log(`slots: ${slotCounts}; JSON size ${JSON.stringify(result).length} bytes`);
console.log(`first (cold) call: ${coldMs.toFixed(2)} ms, including Intl zone look-ups`);
console.log(
  `engine ${engineMs.toFixed(3)} ms, JSON.stringify ${stringifyMs.toFixed(3)} ms, ratio ${ratio.toFixed(2)}x (target <= 2x)`,
);
