import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import type { ImportProblemRecord } from '../../domain/import/events';
import {
  ALREADY_STARTED,
  importDecider,
  type ImportCommand,
  NO_FILES,
  type StartImport,
} from '../../domain/import/import';
import type { Mall } from '../../domain/order/order-data';
import { STANDARD_ROUTE } from '../../domain/order/route';
import { type DomainError, domainError } from '../../domain/shared/decider';
import { streamName } from '../../domain/shared/ids';
import { assignableRoute } from '../../domain/tenant-settings/tenant-settings';
import { type IntakePlannerDependencies, intakePlannerFor } from '../automation/intake-planner';
import type { CommandHandler } from '../commands/command-handler';
import type { EventRegistry } from '../events/event-registry';
import type { EventStore, GlobalPosition } from '../ports/event-store';
import type { StaffActivity } from '../ports/staff-activity';
import { intakeShippingOf, loadShop } from '../shops/shop-shipping-defaults';
import { loadTenantSettings } from '../tenant-settings/tenant-settings';
import { CUSTOM_PREFIX, detectLayout, FORMAT_NOT_DETECTED, type SavedMapping, savedFormat } from './detect-layout';
import { builtInFormat, type OrderFormat } from './formats';
import { countsInStore } from './counts-in-store';
import { storableText } from '../../domain/shared/storable-text';
import { isFileError } from './file-errors';
import { type ImportCounts, type ImportFile, importOrders, NO_COUNTS } from './import-orders';
import type { ImportLocks } from './import-locks';
import type { ImportsInProgress } from './imports-in-progress';

export interface RunImportDependencies {
  readonly commands: CommandHandler;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  /** The shop's saved mappings (取込設定). */
  readonly savedMappings: (tenantId: string, shopId: string) => Promise<readonly SavedMapping[]>;
  /** Where the counts of a running import are shown while it runs. */
  readonly inProgress?: ImportsInProgress;
  /** Held while an import runs, so that one left by a stopped process can be found (failAbandonedImports). */
  readonly locks?: ImportLocks;
  /** Batches of orders one import decides and appends at once (see ImportRequest.concurrency). */
  readonly concurrency?: number;
  /** Staff working while an import runs go first (staff-first.ts); none in the CLI. */
  readonly staffActivity?: StaffActivity;
  /** What the checks and automation rules read; without it new orders come in unchecked (tests of the reader). */
  readonly intake?: IntakePlannerDependencies;
}

export interface RunImportRequest {
  readonly importId: string;
  readonly tenantId: string;
  readonly shop: { readonly id: string; readonly mall: Mall };
  readonly actor: string;
  readonly correlationId: string;
  /** A built-in format's name, `custom:<saved mapping name>`, or `auto`. */
  readonly format: string;
  readonly files: readonly (ImportFile & { readonly size: number })[];
}

export interface RunImportResult extends ImportCounts {
  readonly importId: string;
  /** The format used (for `auto`, the one detected). */
  readonly format: string;
  readonly problems: readonly ImportProblemRecord[];
  /** Files nothing could be read from: wrong layout, or broken. */
  readonly unreadableFiles: readonly string[];
  /** Where ImportCompleted is in the log, for read-your-writes. */
  readonly position: GlobalPosition | undefined;
}

export const AUTO_FORMAT = 'auto';

export const UNKNOWN_FORMAT = domainError('import.unknown_format', '取込形式が見つかりません', 'no such import format');

/** The format by name, `custom:<name>` from the shop's saved mappings, or detected from the first file's header. */
export async function resolveFormat(
  deps: Pick<RunImportDependencies, 'savedMappings'>,
  tenantId: string,
  shop: RunImportRequest['shop'],
  format: string,
  firstFile: ImportFile | undefined,
): Promise<E.Either<DomainError, OrderFormat>> {
  const saved = await deps.savedMappings(tenantId, shop.id);
  let found: OrderFormat | undefined;
  if (format === AUTO_FORMAT) {
    if (!firstFile) return E.left(FORMAT_NOT_DETECTED);
    const detected = await detectLayout(() => firstFile.open(), saved);
    if (E.isLeft(detected)) return detected;
    found = detected.right;
  } else if (format.startsWith(CUSTOM_PREFIX)) {
    const mapping = saved.find((s) => s.name === format.slice(CUSTOM_PREFIX.length).trim());
    found = mapping && savedFormat(mapping);
  } else found = builtInFormat(format);
  if (!found) return E.left(UNKNOWN_FORMAT);
  if (found.mall !== null && found.mall !== shop.mall) {
    return E.left(
      domainError(
        'import.format_of_other_mall',
        `${found.label}の形式はこの店舗（${shop.mall}）には取り込めません`,
        `the ${found.name} format is not for a ${shop.mall} shop`,
      ),
    );
  }
  return E.right(found);
}

const add = (a: ImportCounts, b: ImportCounts): ImportCounts => ({
  imported: a.imported + b.imported,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  failed: a.failed + b.failed,
  rows: a.rows + b.rows,
});

/** The commands of one import's own stream, as its actor. */
function importRecorder(deps: RunImportDependencies, request: RunImportRequest) {
  const { importId, tenantId } = request;
  const context = (step: string) => ({
    tenantId,
    actor: request.actor,
    correlationId: request.correlationId,
    commandId: `import:${importId}:${step}`,
  });
  return {
    /**
     * A command id of its own, so that a second request with the same import id is decided (and refused) instead of
     * being taken for a retry of the first.
     */
    start: (command: StartImport) =>
      deps.commands.handle(
        importDecider,
        streamName.import(importId),
        command,
        context(`StartImport:${randomUUID()}`),
        { commandName: command.type },
      ),
    async record(command: ImportCommand) {
      const result = await deps.commands.handle(
        importDecider,
        streamName.import(importId),
        command,
        context(command.type),
        { commandName: command.type },
      );
      if (E.isLeft(result))
        throw new Error(
          result.left.kind === 'rejected' ? result.left.error.en : `import ${importId} changed concurrently`,
        );
      return result.right;
    },
  };
}

/** An import recorded as started, and the rest of it, running. */
export interface StartedImport {
  /** Where ImportStarted is in the log, for the history to show it. */
  readonly position: GlobalPosition | undefined;
  /** The import's result once its files are imported; it rejects (after recording ImportFailed) if the import breaks. */
  readonly finished: Promise<RunImportResult>;
}

/**
 * 受注取込 as people start it: resolves the format, records ImportStarted, and answers as soon as that is done, the
 * import going on to import file after file onto the tenant's standard route and record ImportCompleted with the counts
 * and problems. The events carry the actor, so every import is in the operation history too. A format that cannot be
 * resolved is refused before anything is recorded. The import's lock is held from before ImportStarted to the end, so
 * that it never looks abandoned while it runs.
 */
export async function startImport(
  deps: RunImportDependencies,
  request: RunImportRequest,
  onProgress?: (counts: ImportCounts) => void,
): Promise<E.Either<DomainError, StartedImport>> {
  const { importId, tenantId, shop } = request;
  if (request.files.length === 0) return E.left(NO_FILES);
  const format = await resolveFormat(deps, tenantId, shop, request.format, request.files[0]);
  if (E.isLeft(format)) return format;
  const lock = deps.locks && (await deps.locks.take(importId));
  if (deps.locks && !lock) return E.left(ALREADY_STARTED);
  const recorder = importRecorder(deps, request);
  const files = request.files.map((f) => ({ name: f.name, size: f.size }));
  const started = await recorder
    .start({ type: 'StartImport', importId, tenantId, shopId: shop.id, format: format.right.name, files })
    .catch(async (error: unknown) => {
      await lock?.release();
      throw error;
    });
  if (E.isLeft(started)) {
    await lock?.release();
    return E.left(started.left.kind === 'rejected' ? started.left.error : ALREADY_STARTED);
  }
  // The id may come from the client, which then watches the counts while the import runs.
  deps.inProgress?.begin(importId, tenantId);
  const finished = importFiles(deps, request, format.right, recorder, onProgress)
    .catch(async (error: unknown) => {
      // What came in before it stopped is counted from the store, as after a crash (abandoned-imports.ts).
      await countsInStore(deps.store, importId)
        .then((counts) =>
          recorder.record({
            type: 'FailImport',
            ja: '取込が途中で止まりました。もう一度取り込んでください',
            en: `the import stopped: ${storableText(error instanceof Error ? error.message : String(error))}`,
            counts,
          }),
        )
        .catch(() => undefined);
      throw error;
    })
    .finally(async () => {
      deps.inProgress?.end(importId);
      await lock?.release();
    });
  return E.right({ position: started.right.position, finished });
}

/** An import from start to end (startImport, then its result): the CLI, and the API when the client waits. */
export async function runImport(
  deps: RunImportDependencies,
  request: RunImportRequest,
  onProgress?: (counts: ImportCounts) => void,
): Promise<E.Either<DomainError, RunImportResult>> {
  const started = await startImport(deps, request, onProgress);
  return E.isLeft(started) ? started : E.right(await started.right.finished);
}

/** File after file onto the tenant's standard route, then ImportCompleted with what came of them. */
async function importFiles(
  deps: RunImportDependencies,
  request: RunImportRequest,
  format: OrderFormat,
  recorder: ReturnType<typeof importRecorder>,
  onProgress: ((counts: ImportCounts) => void) | undefined,
): Promise<RunImportResult> {
  const { importId, tenantId, shop } = request;
  const route =
    assignableRoute(await loadTenantSettings(deps.store, deps.registry, tenantId), STANDARD_ROUTE.routeId) ??
    STANDARD_ROUTE;
  const shopState = await loadShop(deps.store, deps.registry, shop.id);
  const intakeShipping = intakeShippingOf(shopState, tenantId);
  const amountsHoldBox = shopState.status === 'registered' ? shopState.amountsHoldBox : undefined;
  // The rules, check settings and blacklist are read once for the whole import.
  const intake = deps.intake && (await intakePlannerFor(deps.intake, tenantId));
  let counts = NO_COUNTS;
  const problems: ImportProblemRecord[] = [];
  const unreadableFiles: string[] = [];
  // File by file, so that one broken file does not stop the others; a layout of two joined files (Yahoo) goes as one.
  const groups = format.mapping.joinOn === undefined ? request.files.map((file) => [file]) : [request.files];
  for (const group of groups) {
    const names = group.map((f) => f.name);
    let fileCounts = NO_COUNTS;
    const fileRequest = {
      importId,
      tenantId,
      shopId: shop.id,
      mall: shop.mall,
      actor: request.actor,
      correlationId: request.correlationId,
      mapping: format.mapping,
      route,
      intakeShipping,
      ...(amountsHoldBox !== undefined && { amountsHoldBox }),
      files: group,
      concurrency: deps.concurrency,
      staffActivity: deps.staffActivity,
      intake,
    };
    try {
      const result = await importOrders(deps.commands, fileRequest, (c) => {
        fileCounts = c;
        deps.inProgress?.advance(importId, add(counts, c));
        onProgress?.(add(counts, c));
      });
      const { problems: fileProblems, stoppedAt, ...read } = result;
      problems.push(...fileProblems);
      // No row read but a problem: the header did not fit the format. A file that broke the reader halfway is
      // unreadable too, and what came in before the break is counted.
      const wrongLayout = result.rows === 0 && fileProblems.length > 0;
      if (stoppedAt || wrongLayout) unreadableFiles.push(...names);
      if (!wrongLayout) counts = add(counts, read);
    } catch (error) {
      // A file broken before its orders are read (the order file of two joined files): what came in is counted.
      if (!isFileError(error)) throw error;
      counts = add(counts, fileCounts);
      unreadableFiles.push(...names);
      problems.push({
        file: names.join(', '),
        row: 0,
        column: '',
        // The reader's message may quote a cell: the record must hold whatever it is.
        ja: `ファイルを最後まで読めませんでした: ${storableText(error.message)}`,
        en: `the file could not be read to the end: ${storableText(error.message)}`,
      });
    }
  }
  const completed = await recorder.record({ type: 'CompleteImport', counts, problems, unreadableFiles });
  return { importId, format: format.name, ...counts, problems, unreadableFiles, position: completed.position };
}
