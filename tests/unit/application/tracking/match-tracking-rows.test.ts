import { type ExportedLabel, matchTrackingRows } from '../../../../application/tracking/match-tracking-rows';
import type { TrackingRow } from '../../../../application/tracking/return-files/parse-return-file';

const row = (line: number, key: string, trackingNumber: string): TrackingRow => ({
  line,
  key,
  trackingNumber,
  carrier: 'yamato',
});
const label = (key: string, trackingNumber: string | null, destinationIndex = 0): ExportedLabel => ({
  key,
  orderId: `order-${key}`,
  destinationIndex,
  trackingNumber,
});

describe('matchTrackingRows', () => {
  it('sorts rows into matched, updated (keeping the old number), unchanged and unmatched', () => {
    const labels = [label('A', null), label('B', '444413758703'), label('C', '444413758714', 1)];
    const result = matchTrackingRows(
      [
        row(2, 'A', '444413758725'),
        row(3, 'B', '444413758736'),
        row(4, 'C', '444413758714'),
        row(5, 'Z', '444413758740'),
      ],
      labels,
    );
    expect(result.matched).toEqual([{ row: row(2, 'A', '444413758725'), label: labels[0] }]);
    expect(result.updated).toEqual([{ row: row(3, 'B', '444413758736'), label: labels[1], previous: '444413758703' }]);
    expect(result.unchanged).toEqual([{ row: row(4, 'C', '444413758714'), label: labels[2] }]);
    expect(result.unmatched).toEqual([row(5, 'Z', '444413758740')]);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const rows = [row(2, 'A', '444413758725'), row(3, 'B', '444413758736')];
    const first = matchTrackingRows(rows, [label('A', null), label('B', null)]);
    expect(first.matched).toHaveLength(2);
    const after = first.matched.map(({ label: l, row: r }) => ({ ...l, trackingNumber: r.trackingNumber }));
    const second = matchTrackingRows(rows, after);
    expect(second).toEqual({ matched: [], updated: [], unchanged: second.unchanged, unmatched: [] });
    expect(second.unchanged).toHaveLength(2);
  });

  it('a key given twice in one file: the later number is a reprint of the first', () => {
    const result = matchTrackingRows([row(2, 'A', '444413758725'), row(3, 'A', '444413758736')], [label('A', null)]);
    expect(result.matched.map((m) => m.row.line)).toEqual([2]);
    expect(result.updated).toEqual([
      expect.objectContaining({ previous: '444413758725', row: row(3, 'A', '444413758736') }),
    ]);
  });

  it('every row lands in exactly one answer', () => {
    const rows = [row(2, 'A', '1'), row(3, 'X', '2'), row(4, 'A', '1'), row(5, 'Y', '3')];
    const r = matchTrackingRows(rows, [label('A', null)]);
    expect(r.matched.length + r.updated.length + r.unchanged.length + r.unmatched.length).toBe(rows.length);
  });
});
