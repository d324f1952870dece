import { describe, expect, it } from 'vitest';
import { latestPerFrame } from './latestPerFrame.ts';

/** A frame clock driven by the test: `draw()` runs what was scheduled for the next frame. */
function frames() {
  let queue: Array<() => void> = [];
  return {
    schedule: (run: () => void) => {
      queue.push(run);
      return () => (queue = queue.filter((r) => r !== run));
    },
    draw: () => {
      const now = queue;
      queue = [];
      for (const run of now) run();
    },
  };
}

describe('latestPerFrame', () => {
  it('passes on only the latest call of each frame', () => {
    const clock = frames();
    const seen: Array<[number, number]> = [];
    const progress = latestPerFrame((page: number, pages: number) => seen.push([page, pages]), clock.schedule);
    for (let page = 1; page <= 40; page++) progress.call(page, 240);
    expect(seen).toEqual([]);
    clock.draw();
    expect(seen).toEqual([[40, 240]]);
    progress.call(41, 240);
    progress.call(42, 240);
    clock.draw();
    expect(seen).toEqual([[40, 240], [42, 240]]);
  });

  it('drops a call still waiting when cancelled, and schedules again afterwards', () => {
    const clock = frames();
    const seen: number[] = [];
    const progress = latestPerFrame((page: number) => seen.push(page), clock.schedule);
    progress.call(7);
    progress.cancel();
    clock.draw();
    expect(seen).toEqual([]);
    progress.call(8);
    clock.draw();
    expect(seen).toEqual([8]);
  });
});
