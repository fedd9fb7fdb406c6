/** A short audit summary of what a change touched, e.g. `changed title, settings.durations`. */
export function describeChanges<T extends object>(before: T, after: T, prefix = ''): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.push(`${prefix}${key}`);
  }
  return changed;
}
