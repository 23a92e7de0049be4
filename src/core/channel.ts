/**
 * Messages the core raises while it computes (Python warnings, SeedLab's notes), delivered to
 * whoever listens at that moment; with no listener a message is dropped.
 */
export class Channel<T> {
  private readonly listeners: Array<(item: T) => void> = [];

  emit(item: T): void {
    for (const l of this.listeners) l(item);
  }

  /** Adds a listener until the returned function is called. */
  listen(listener: (item: T) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.lastIndexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Runs `fn` and returns what it returned (or throws what it threw) with what it emitted. */
  collect<R>(fn: () => R): { value: R; items: T[] } {
    const items: T[] = [];
    const stop = this.listen((item) => { items.push(item); });
    try {
      return { value: fn(), items };
    } finally {
      stop();
    }
  }
}
