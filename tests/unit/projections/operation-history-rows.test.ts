import { operationHistoryRows } from '../../../projections/operation-history/operation-history-projection';
import type { DecodedEvent } from '../../../application/events/event-registry';
import { recordedFor } from '../../support/decoded-events';
import { imported } from '../../support/order-fixtures';

const headerOf = ({ event, ...decoded }: DecodedEvent) => ({ ...decoded, type: event.type });

describe('operation history rows, made without a database', () => {
  test('one row per event: position, tenant, time, who, what, where, and no rule for what staff did', () => {
    const decoded = recordedFor('00000000-0000-4000-8000-000000000001')(imported, {
      revision: 0n,
      occurredAt: '2026-12-01T00:00:00.000Z',
    });
    expect(operationHistoryRows([headerOf(decoded)])).toEqual([
      [
        '1',
        '1',
        '00000000-0000-4000-8000-000000000001',
        '2026-12-01T00:00:00.000Z',
        'staff-1',
        'OrderImported',
        'order-o-1',
        null,
        null,
      ],
    ]);
  });

  test('a change an automation rule made carries the rule named in its metadata', () => {
    const decoded = recordedFor('00000000-0000-4000-8000-000000000001')(
      {
        type: 'OrderHeld',
        data: {
          orderId: 'o-1',
          box: 3,
          reason: { source: 'rule', ref: 'high-cod', text: '高額代引のため確認' },
          from: 'new',
        },
      },
      { revision: 1n },
    );
    const byRule = { ...decoded, metadata: { ...decoded.metadata, ruleId: 'high-cod', ruleName: '高額代引（髙）' } };
    expect(operationHistoryRows([headerOf(byRule)])[0]?.slice(-2)).toEqual(['high-cod', '高額代引（髙）']);
  });
});
