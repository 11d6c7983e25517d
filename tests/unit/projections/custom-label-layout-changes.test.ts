import type { CustomLabelLayoutEvent } from '../../../domain/custom-label-layout/events';
import { customLabelLayoutChanges } from '../../../projections/custom-label-layouts/custom-label-layouts-projection';
import { recordedFor } from '../../support/decoded-events';

const A = '00000000-0000-4000-8000-000000000001';
const inA = recordedFor(A);
const first = { carrier: 'yamato', encoding: 'cp932', header: true, columns: [] };
const second = { ...first, header: false };
const at = (n: number) => `2026-12-06T09:00:0${n}.000Z`;
const event = (e: CustomLabelLayoutEvent, revision: number) =>
  inA(e, { revision: BigInt(revision), occurredAt: at(revision), streamName: `label-layout-${e.data.layoutId}` });
const defined = (layoutId: string, name: string): CustomLabelLayoutEvent => ({
  type: 'CustomLabelLayoutDefined',
  data: { layoutId, tenantId: A, name, layout: first },
});
const changed = (layoutId: string): CustomLabelLayoutEvent => ({
  type: 'CustomLabelLayoutChanged',
  data: { layoutId, layout: second },
});
const removed = (layoutId: string): CustomLabelLayoutEvent => ({
  type: 'CustomLabelLayoutRemoved',
  data: { layoutId },
});

describe('custom label layouts, folded without a database', () => {
  test('defined then changed in one batch is one whole row with the last layout, defined at its first event', () => {
    expect(customLabelLayoutChanges([event(defined('l-1', '髙橋用'), 0), event(changed('l-1'), 1)])).toEqual([
      {
        kind: 'row',
        id: 'l-1',
        tenantId: A,
        name: '髙橋用',
        layout: second,
        definedAt: at(0),
        updatedAt: at(1),
      },
    ]);
  });

  test('a change alone updates the layout; a removal wins over what came before; layouts never meet', () => {
    const changes = customLabelLayoutChanges([
      event(changed('l-1'), 3),
      event(defined('l-2', '﨑の倉庫'), 0),
      event(removed('l-2'), 1),
      event(defined('l-3', '①'), 0),
    ]);
    expect(changes).toEqual([
      { kind: 'layout', id: 'l-1', layout: second, updatedAt: at(3) },
      { kind: 'removed', id: 'l-2' },
      expect.objectContaining({ kind: 'row', id: 'l-3', name: '①', layout: first }),
    ]);
  });

  test('removed then defined again in one batch is the new row', () => {
    const changes = customLabelLayoutChanges([event(removed('l-1'), 2), event(defined('l-1', '髙橋用'), 3)]);
    expect(changes).toEqual([expect.objectContaining({ kind: 'row', id: 'l-1', definedAt: at(3) })]);
  });
});
