/** What a fake does to the next matching request instead of (or besides) answering it normally. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'reset' }
  | { kind: 'reset-after-commit' };

/** Faults queued per route name; each queued fault fires once, in order. */
export class FaultPlan {
  private readonly queued = new Map<string, Fault[]>();

  inject(route: string, fault: Fault, times = 1): void {
    const list = this.queued.get(route) ?? [];
    for (let i = 0; i < times; i += 1) list.push(fault);
    this.queued.set(route, list);
  }

  take(route: string): Fault | undefined {
    const list = this.queued.get(route);
    const fault = list?.shift();
    if (list && list.length === 0) this.queued.delete(route);
    return fault;
  }

  clear(): void {
    this.queued.clear();
  }
}
