import { type ImportRecord, watchUntilDone } from '../../../admin/src/imports/upload-import';

const record = (
  status: ImportRecord['status'],
  imported: number,
  progress?: ImportRecord['progress'],
): ImportRecord => ({
  id: 'i-1',
  shopName: '髙橋商店',
  format: 'rakuten',
  files: [{ name: '楽天①.csv', size: 10 }],
  actorName: '佐藤',
  status,
  imported,
  updated: 0,
  unchanged: 0,
  failed: 0,
  rows: imported,
  problemCount: 0,
  unreadableFiles: [],
  ...(progress && { progress }),
});
const counts = (imported: number) => ({ imported, updated: 0, unchanged: 0, failed: 0, rows: imported });

test('a started import is read until it has a result, its counts told on the way; a failed read is tried again', async () => {
  const answers: Array<() => ImportRecord> = [
    () => record('running', 0, counts(500)),
    () => {
      throw new Error('通信できませんでした');
    },
    () => record('completed', 900),
  ];
  const told: number[] = [];
  const result = await watchUntilDone(record('running', 0), {
    read: async () => answers.shift()!(),
    onCounts: (c) => told.push(c.imported),
    isWatched: () => true,
  });
  expect(result).toMatchObject({ status: 'completed', imported: 900 });
  expect(told).toEqual([500, 500]);
  expect(answers).toEqual([]);
});

test('nobody watching: nothing is read', async () => {
  let reads = 0;
  const result = await watchUntilDone(record('running', 0), {
    read: async () => (reads++, record('completed', 1)),
    onCounts: () => undefined,
    isWatched: () => false,
  });
  expect(result.status).toBe('running');
  expect(reads).toBe(0);
});
