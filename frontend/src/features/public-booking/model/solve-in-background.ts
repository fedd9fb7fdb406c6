import type { BotChallenge } from '../api/public-booking';
import { solveChallenge } from './solve-challenge';

/** Solves in a Web Worker where there is one; on the main thread otherwise (still correct, only slower to scroll). */
export function solveInBackground(challenge: BotChallenge, signal: AbortSignal): Promise<string> {
  if (typeof Worker === 'undefined') return solveChallenge(challenge, signal);
  const worker = new Worker(new URL('./solve-challenge-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    signal.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('Solving was cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<{ solution?: string; error?: string }>) => {
      worker.terminate();
      if (event.data.solution) resolve(event.data.solution);
      else reject(new Error(event.data.error ?? 'The challenge could not be solved'));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('The challenge could not be solved'));
    };
    worker.postMessage(challenge);
  });
}
