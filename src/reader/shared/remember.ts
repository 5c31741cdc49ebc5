/**
 * Saves a reader's choice under `key`, or forgets it (null). In private mode, or with storage blocked, the
 * choice lasts for this page only: nothing to do.
 */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
