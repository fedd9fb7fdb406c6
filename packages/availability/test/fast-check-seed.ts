import fc from 'fast-check';

/**
 * Every property test of a run uses one seed, printed, so a failure found once can be run again exactly:
 * `FC_SEED=<seed> npx vitest run`. Without FC_SEED each run draws a new seed and explores new cases.
 */
const given = process.env.FC_SEED;
const seed = given === undefined ? (Math.random() * 2 ** 31) | 0 : Number(given);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${given}"`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
console.info(`fast-check seed ${seed} (replay: FC_SEED=${seed})`);
