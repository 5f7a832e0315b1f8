/**
 * Runs `task` once the browser is idle (or soon, where it cannot say); returns the function that
 * cancels it. For work that can wait until what the person sees is on the screen.
 */
export function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(task);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
