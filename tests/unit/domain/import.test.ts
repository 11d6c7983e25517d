import type { ImportCompleted, ImportStarted } from '../../../domain/import/events';
import { importDecider, MAX_KEPT_PROBLEMS } from '../../../domain/import/import';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(importDecider);
const files = [{ name: '楽天①受注_2026-11-30.csv', size: 2048 }];
const start = {
  type: 'StartImport',
  importId: 'i-1',
  tenantId: 't-1',
  shopId: 's-1',
  format: 'rakuten',
  files,
} as const;
const started: ImportStarted = {
  type: 'ImportStarted',
  data: { importId: 'i-1', tenantId: 't-1', shopId: 's-1', format: 'rakuten', files },
};
const counts = { imported: 3, updated: 0, unchanged: 0, failed: 1, rows: 6 };
const problem = {
  file: files[0]!.name,
  row: 6,
  column: '個数',
  ja: '個数「いっこ」は数ではありません',
  en: 'quantity is not a number',
};
const completed: ImportCompleted = {
  type: 'ImportCompleted',
  data: { importId: 'i-1', counts, problems: [problem], problemCount: 1, unreadableFiles: [] },
};

describe('Import (受注取込)', () => {
  test('an import starts with its shop, format and files', () => spec.given([]).when(start).then([started]));
  test('an import needs a file and starts once', () => {
    spec
      .given([])
      .when({ ...start, files: [] })
      .thenRefuses('import.no_files', 'ファイル');
    spec.given([started]).when(start).thenRefuses('import.already_started');
  });
  test("another tenant's import id is not found, not started: the id tells nothing about the other tenant", () =>
    spec
      .given([started])
      .when({ ...start, tenantId: 't-2' })
      .thenRefuses('import.not_found'));
  test('it completes with its counts and problems', () =>
    spec
      .given([started])
      .when({ type: 'CompleteImport', counts, problems: [problem], unreadableFiles: [] })
      .then([completed]));
  test(`it keeps ${MAX_KEPT_PROBLEMS} problems and counts them all`, () => {
    const many = Array.from({ length: MAX_KEPT_PROBLEMS + 5 }, (_, i) => ({ ...problem, row: i + 2 }));
    const outcome = importDecider.decide(
      { type: 'CompleteImport', counts, problems: many, unreadableFiles: ['壊れた.csv'] },
      importDecider.evolve(importDecider.initialState(), started),
    );
    expect(outcome).toMatchObject({
      right: [{ data: { problemCount: MAX_KEPT_PROBLEMS + 5, unreadableFiles: ['壊れた.csv'] } }],
    });
    if (outcome._tag === 'Right')
      expect((outcome.right[0] as ImportCompleted).data.problems).toHaveLength(MAX_KEPT_PROBLEMS);
  });
  test('a stopped import is recorded as failed', () =>
    spec
      .given([started])
      .when({ type: 'FailImport', ja: '取込が途中で止まりました', en: 'stopped' })
      .then([{ type: 'ImportFailed', data: { importId: 'i-1', ja: '取込が途中で止まりました', en: 'stopped' } }]));
  test('only a running import completes or fails', () => {
    spec
      .given([])
      .when({ type: 'CompleteImport', counts, problems: [], unreadableFiles: [] })
      .thenRefuses('import.not_running');
    spec
      .given([started, completed])
      .when({ type: 'CompleteImport', counts, problems: [], unreadableFiles: [] })
      .thenRefuses('import.not_running');
    spec.given([started, completed]).when({ type: 'FailImport', ja: 'x', en: 'x' }).thenRefuses('import.not_running');
  });
});
