import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareClusterDocument } from '../../../src/pipeline/cluster/index.js';
import { arrivalOrders, tuneOverOrders } from './arrival-orders.js';

describe('arrivalOrders', () => {
  const items = Array.from({ length: 30 }, (_, index) => index);

  it('keeps the given order first and shuffles the others, each a permutation', () => {
    const orders = arrivalOrders(items, 4, 7);
    assert.equal(orders.length, 4);
    assert.deepEqual(orders[0], items);
    for (const order of orders.slice(1)) {
      assert.notDeepEqual(order, items);
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        items,
      );
    }
    assert.notDeepEqual(orders[1], orders[2]);
  });

  it('gives the same orders for the same seed and others for another', () => {
    assert.deepEqual(arrivalOrders(items, 3, 7), arrivalOrders(items, 3, 7));
    assert.notDeepEqual(arrivalOrders(items, 2, 7)[1], arrivalOrders(items, 2, 8)[1]);
  });
});

describe('tuneOverOrders', () => {
  const documents = ['a', 'b'].map((id) => prepareClusterDocument({ id, title: id, text: id }));
  const orders = { train: [documents, [...documents].reverse()], dev: [documents, [...documents].reverse()] };

  it('chooses the threshold by mean train F1 and reports the dev mean and range at it', () => {
    // Train favours 0.3 on average (0.7 and 0.9) though 0.2 wins one order (1.0 against 0.2).
    const train = new Map([
      ['0.2:a', 1],
      ['0.2:b', 0.2],
      ['0.3:a', 0.7],
      ['0.3:b', 0.9],
    ]);
    const result = tuneOverOrders(orders, [0.2, 0.3], (split, order, threshold) => {
      const key = `${threshold}:${order[0]?.id}`;
      if (split === 'train') return train.get(key) as number;
      return threshold === 0.3 ? (order[0]?.id === 'a' ? 0.6 : 0.8) : 0;
    });
    assert.equal(result.threshold, 0.3);
    assert.equal(result.orders, 2);
    assert.ok(Math.abs(result.trainMeanF1 - 0.8) < 1e-9);
    assert.ok(Math.abs(result.devMeanF1 - 0.7) < 1e-9);
    assert.equal(result.devMinF1, 0.6);
    assert.equal(result.devMaxF1, 0.8);
  });
});
