// One way to own resources in the host, after VS Code's markdown-language-features: register each disposable as it
// is made, dispose them all once. It needs only `dispose()`, not the vscode module, so it is tested in plain Node.

export interface DisposableLike {
  dispose(): unknown;
}

/**
 * Disposes every item even when some throw (a hand-written loop stops at the first failure and leaks the rest),
 * last registered first, then rethrows: the one error, or all of them together.
 */
export function disposeAll(items: Iterable<DisposableLike>): void {
  const errors: unknown[] = [];
  for (const item of [...items].reverse()) {
    try {
      item.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} disposables failed to dispose`);
}

export abstract class Disposable implements DisposableLike {
  private readonly owned: DisposableLike[] = [];
  private disposedFlag = false;

  protected get isDisposed(): boolean {
    return this.disposedFlag;
  }

  /** Owns `item`: disposed with this object, or at once when this object is already disposed. */
  protected register<T extends DisposableLike>(item: T): T {
    if (this.disposedFlag) item.dispose();
    else this.owned.push(item);
    return item;
  }

  protected registerAll(...items: DisposableLike[]): void {
    for (const item of items) this.register(item);
  }

  /** Idempotent: a second call does nothing. */
  dispose(): void {
    if (this.disposedFlag) return;
    this.disposedFlag = true;
    disposeAll(this.owned.splice(0));
  }
}
