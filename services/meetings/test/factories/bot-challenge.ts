import { solveChallenge } from 'altcha-lib/v1';
import type { TestApp } from '../support/test-app';

export interface SolvedChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
  number: number;
}

/** Fetches a challenge from a `/challenge` path (booking or manage) and solves it, as the booking page does. */
export async function solveChallengeAt(t: TestApp, challengePath: string): Promise<SolvedChallenge> {
  const response = await fetch(`${t.baseUrl}${challengePath}`);
  if (response.status !== 200) throw new Error(`challenge: ${response.status} ${await response.text()}`);
  const challenge = (await response.json()) as Omit<SolvedChallenge, 'number'>;
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error('the challenge has no solution');
  return { ...challenge, number: solution.number };
}

/** The `altcha` field's payload: base64 of the solved challenge's JSON. */
export const encodeSolution = (solved: object | string): string =>
  Buffer.from(typeof solved === 'string' ? solved : JSON.stringify(solved)).toString('base64');
