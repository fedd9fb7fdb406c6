/**
 * Answers computed from one owner's data (a public page's free slots), kept briefly so that repeated views cost
 * no database work, and forgotten as soon as anything of that owner changes.
 */
export interface AnswerCache {
  /**
   * The answer kept for `key`, or `load`'s. A load that overlapped a change of any owner is answered but not
   * kept: it may have read what the change replaced.
   */
  remember<T>(key: string, load: () => Promise<{ ownerId: string; value: T }>): Promise<T>;
}
