interface TaskScheduler {
  yield?: () => Promise<void>
}

/**
 * Ends the current task where the browser can (`scheduler.yield`), so input and paint run
 * between two pieces of work: parsing a cart and rendering it were one long task on a slow phone.
 * Elsewhere (servers, older browsers, tests) it only waits a microtask.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : Promise.resolve()
}
