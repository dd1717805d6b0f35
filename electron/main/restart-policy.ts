/**
 * Whether the core host may be restarted after it died unexpectedly: at most `max` restarts within
 * `windowMs`, so a host that crashes at every start (say, on a damaged native module) is left down
 * with its error shown instead of looping.
 */
export function makeRestartPolicy(max = 3, windowMs = 5 * 60_000, now: () => number = Date.now): () => boolean {
  const restarts: number[] = [];
  return () => {
    const t = now();
    while (restarts.length && t - (restarts[0] as number) >= windowMs) restarts.shift();
    if (restarts.length >= max) return false;
    restarts.push(t);
    return true;
  };
}
