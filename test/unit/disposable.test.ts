import assert from 'node:assert/strict';
import { Disposable, disposeAll } from '../../src/host/disposable';

class Owner extends Disposable {
  own<T extends { dispose(): unknown }>(item: T): T {
    return this.register(item);
  }
}

describe('Disposable', () => {
  it('disposes everything it registered once, last first, even after a failure', () => {
    const order: string[] = [];
    const owner = new Owner();
    owner.own({ dispose: () => order.push('a') });
    owner.own({
      dispose: () => {
        order.push('b');
        throw new Error('b failed');
      },
    });
    owner.own({ dispose: () => order.push('c') });
    assert.throws(() => owner.dispose(), /b failed/);
    assert.deepEqual(order, ['c', 'b', 'a'], 'a failure does not skip the rest');
    owner.dispose();
    assert.deepEqual(order, ['c', 'b', 'a'], 'a second dispose does nothing');
  });

  it('disposes at once what is registered after it was disposed', () => {
    const owner = new Owner();
    owner.dispose();
    let disposed = false;
    owner.own({ dispose: () => (disposed = true) });
    assert.ok(disposed);
  });

  it('reports several failures together', () => {
    const failing = (m: string) => ({
      dispose: () => {
        throw new Error(m);
      },
    });
    assert.throws(() => disposeAll([failing('x'), failing('y')]), (e: unknown) => e instanceof AggregateError && e.errors.length === 2);
  });
});
