/// <reference lib="webworker" />
import type { BotChallenge } from '../api/public-booking';
import { solveChallenge } from './solve-challenge';

// Proof of work off the main thread, so picking a time stays smooth while it runs.
self.onmessage = async (event: MessageEvent<BotChallenge>) => {
  try {
    self.postMessage({ solution: await solveChallenge(event.data) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : 'The challenge could not be solved' });
  }
};
