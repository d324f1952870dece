// Progress arrives from a worker once per page, far faster than a screen draws on a long PDF or a batch of
// many: each message redrawn at once costs the main thread a layout for a state nobody sees. Only the
// latest call of a frame is passed on, when the frame is drawn; one left waiting when the work ends is
// dropped, so no stale progress follows the result.

export interface LatestPerFrame<A extends unknown[]> {
  call: (...args: A) => void;
  /** Drops a call still waiting for its frame. */
  cancel: () => void;
}

type Schedule = (run: () => void) => () => void;

/** The browser's next frame; in a context without one (Node, a hidden tab's timers), the next task. */
const nextFrame: Schedule = (run) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

export function latestPerFrame<A extends unknown[]>(fn: (...args: A) => void, schedule: Schedule = nextFrame): LatestPerFrame<A> {
  let latest: A | undefined;
  let unschedule: (() => void) | undefined;
  return {
    call: (...args: A) => {
      latest = args;
      unschedule ??= schedule(() => {
        unschedule = undefined;
        const args = latest!;
        latest = undefined;
        fn(...args);
      });
    },
    cancel: () => {
      unschedule?.();
      unschedule = undefined;
      latest = undefined;
    },
  };
}
