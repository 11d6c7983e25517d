import * as t from 'io-ts';

export const ImportedFile = t.strict({ name: t.string, size: t.number });
export type ImportedFile = t.TypeOf<typeof ImportedFile>;

export const ImportCounts = t.strict({
  imported: t.number,
  updated: t.number,
  unchanged: t.number,
  failed: t.number,
  rows: t.number,
});
export type ImportCounts = t.TypeOf<typeof ImportCounts>;

/** One reason a row (row 0: the whole file) could not be imported, in both languages. */
export const ImportProblemRecord = t.strict({
  file: t.string,
  row: t.number,
  column: t.string,
  ja: t.string,
  en: t.string,
});
export type ImportProblemRecord = t.TypeOf<typeof ImportProblemRecord>;

/** 受注取込: a person (or the CLI) brings files of one shop in one format. */
export const ImportStarted = t.strict({
  type: t.literal('ImportStarted'),
  data: t.strict({
    importId: t.string,
    tenantId: t.string,
    shopId: t.string,
    format: t.string,
    files: t.array(ImportedFile),
  }),
});

/**
 * The outcome. `problems` keeps at most MAX_KEPT_PROBLEMS (a broken 100 MB file must not make a 100 MB event);
 * `problemCount` is how many there were. `unreadableFiles` are files nothing could be read from (wrong format, broken).
 */
export const ImportCompleted = t.strict({
  type: t.literal('ImportCompleted'),
  data: t.strict({
    importId: t.string,
    counts: ImportCounts,
    problems: t.array(ImportProblemRecord),
    problemCount: t.number,
    unreadableFiles: t.array(t.string),
  }),
});

/** What the store holds from an import that stopped: the orders it created and changed, counted from their events. */
export const CountsInStore = t.strict({ imported: t.number, updated: t.number });

/**
 * The import stopped for a reason that is not the files' (the database went away, the process was killed): orders
 * read before it stay, and `counts` says how many (absent in imports recorded before it was kept).
 */
export const ImportFailed = t.strict({
  type: t.literal('ImportFailed'),
  data: t.exact(
    t.intersection([t.type({ importId: t.string, ja: t.string, en: t.string }), t.partial({ counts: CountsInStore })]),
  ),
});

export type ImportStarted = t.TypeOf<typeof ImportStarted>;
export type ImportCompleted = t.TypeOf<typeof ImportCompleted>;
export type ImportFailed = t.TypeOf<typeof ImportFailed>;
export type ImportEvent = ImportStarted | ImportCompleted | ImportFailed;

export const IMPORT_EVENTS = { ImportStarted, ImportCompleted, ImportFailed } as const;
