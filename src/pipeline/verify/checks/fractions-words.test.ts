import { describe, it } from 'node:test';
import { rejected, supported } from '../__fixtures__/one-source.js';

describe('a share in words on either side', () => {
  it('meets a claimed percentage with a source fraction in words', () => {
    const source = 'The retrofit will cut cooling water use by roughly half from 2028, the operator says.';
    supported('The operator says the retrofit will cut cooling water use by roughly 50% from 2028.', source);
    rejected('The operator says the retrofit will cut cooling water use by roughly 70% from 2028.', source, /percentage 70%/);
  });

  it('lets a claimed fraction stand for one of two cited shares without taking the other', () => {
    const source = 'Brenmark holds 75 percent of the joint venture and Oriel Power 25 percent.';
    supported('Brenmark owns three-quarters of the joint venture, with Oriel Power holding the other 25 percent.', source);
    rejected('Brenmark owns two-thirds of the joint venture, with Oriel Power holding the rest.', source, /not in cited sentences/);
  });
});
