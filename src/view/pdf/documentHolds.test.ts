import { describe, expect, it } from 'vitest';
import { destroyWhenReleased, holdDocument } from './documentHolds.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('documentHolds', () => {
  it('destroys a document nobody holds at once', () => {
    let destroyed = 0;
    destroyWhenReleased({}, () => destroyed++);
    destroyWhenReleased(undefined, () => destroyed++);
    expect(destroyed).toBe(2);
  });

  it('waits for every hold, released directly or when a promise settles, rejected included', async () => {
    const doc = {};
    const releaseA = holdDocument(doc);
    const releaseB = holdDocument(doc);
    let destroyed = false;
    destroyWhenReleased(doc, () => (destroyed = true));
    releaseA();
    await settle();
    expect(destroyed).toBe(false);
    let fail!: (reason: Error) => void;
    releaseB(new Promise((_, reject) => (fail = reject)));
    await settle();
    expect(destroyed).toBe(false);
    fail(new Error('Transport destroyed'));
    await settle();
    expect(destroyed).toBe(true);
  });

  it('forgets released holds, so a later destroy is immediate', async () => {
    const doc = {};
    holdDocument(doc)();
    await settle();
    let destroyed = false;
    destroyWhenReleased(doc, () => (destroyed = true));
    expect(destroyed).toBe(true);
  });
});
