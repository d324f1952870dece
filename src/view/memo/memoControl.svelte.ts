// The link between the print button (in the meta panel) and the review memo (mounted by App.svelte): the
// button asks, the memo gets ready (built, charts composed, page crops made and decoded), then the
// browser's print dialog opens. One memo is on the page at a time, so one control serves the page. The
// memo and the charts it copies are loaded after the first screen (lazy/parts.ts): the page tells the
// control how to bring them in, and printing waits for that first.

export type Prepare = () => Promise<void>;

class MemoControl {
  /** True while the button waits for the memo, so its label can say so. */
  preparing = $state(false);
  #prepare: Prepare | undefined;
  #bringIn: Prepare | undefined;

  /** The page says how to load and mount the memo and the charts, when they are not there yet. */
  provide(bringIn: Prepare): void {
    this.#bringIn = bringIn;
  }

  /** The memo says how it gets ready; the returned function withdraws it (when the memo is unmounted). */
  register(prepare: Prepare): () => void {
    this.#prepare = prepare;
    return () => {
      if (this.#prepare === prepare) this.#prepare = undefined;
    };
  }

  /** Gets the memo ready, then prints. A second click while it is getting ready does nothing. */
  async print(): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      await this.#bringIn?.();
      await this.#prepare?.();
    } catch {
      // What is ready still prints: a crop that failed leaves its finding with its excerpt.
    } finally {
      this.preparing = false;
    }
    window.print();
  }
}

export const memoControl = new MemoControl();
