import { bundleLabelKey } from '../labels/bundle-label';
import * as E from 'fp-ts/Either';
import type { BulkWritten, Caller, CommandPipeline } from '../commands/command-pipeline';
import { CONFLICT } from '../commands/refusals';
import type { EventRegistry } from '../events/event-registry';
import { loadOrders } from '../documents/print-documents';
import {
  appendBulkOrderCommands,
  FILE_BULK_BATCH,
  FILE_BULK_CONCURRENCY,
  furthestWritten,
  type BulkOrderCommand,
} from '../orders/bulk-order-commands';
import type { EventStore } from '../ports/event-store';
import { type ExportedLabel, matchTrackingRows, type TrackingMatch } from './match-tracking-rows';
import { parseReturnFile } from './return-files/parse-return-file';
import type { ReturnFileLayout } from './return-files/return-file-layouts';

/** A label key as the label-data export recorded it: which order and destination it went out for. */
export interface LabelKeyOwner {
  readonly key: string;
  readonly orderId: string;
  readonly destinationIndex: number;
}

/**
 * Finds the orders that hold the given label keys (お客様管理番号), within the tenant. The keys are recorded on each order
 * by the label-data export (`LabelDataExported { carrier, layout, labels: [{ destinationIndex, key }] }`), which fills
 * the order's `labels`; this port is the index from a key back to its order.
 */
export interface LabelKeys {
  find(tenantId: string, keys: readonly string[]): Promise<readonly LabelKeyOwner[]>;
}

/** A row that was not recorded: a parse error, a key of no label of ours, or the order's refusal. Each names its line. */
export interface TrackingImportError {
  readonly line: number;
  readonly code: string;
  readonly key?: string;
  readonly column?: string;
  readonly ja: string;
  readonly en: string;
}

export interface TrackingImportResult {
  /** First numbers recorded. */
  readonly matched: number;
  /** Reprints: a different number replaced the one the parcel had. */
  readonly updated: number;
  /** Rows whose number the parcel already had: a file imported twice changes nothing. */
  readonly unchanged: number;
  /** Rows whose key is no label of ours; each is also listed in `errors` with its line and key. */
  readonly unmatched: number;
  readonly errors: readonly TrackingImportError[];
}

/** How far an import has got: the rows read, and each outcome so far (`failed`: bad rows and refusals). */
export interface TrackingImportCounts {
  readonly rows: number;
  readonly matched: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly unmatched: number;
  readonly failed: number;
}

export const NO_TRACKING_COUNTS: TrackingImportCounts = {
  rows: 0,
  matched: 0,
  updated: 0,
  unchanged: 0,
  unmatched: 0,
  failed: 0,
};

/** Orders written per step, so that someone watching a big file sees its counts grow. */
const STEP = 500;

export interface TrackingImportDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly labelKeys: LabelKeys;
}

const UNMATCHED = (key: string) => ({
  code: 'tracking.unmatched',
  ja: `お客様管理番号「${key}」に該当する送り状がありません`,
  en: `no label of ours has the key ${key}`,
});

/**
 * The labels of the keys in the file, with the number each destination has now, read from the orders themselves; and
 * for a bundle's label (同梱), the bundle's other orders under the same key (`companions`): the one number is every
 * order's.
 */
async function labelsOf(deps: TrackingImportDependencies, tenantId: string, keys: readonly string[]) {
  const owners = await deps.labelKeys.find(tenantId, [...new Set(keys)]);
  // Read in batches of streams (one round trip per batch), not one order at a time: a file has thousands of rows.
  const { orders, histories } = await loadOrders(deps, tenantId, [...new Set(owners.map((owner) => owner.orderId))]);
  const labels: ExportedLabel[] = [];
  const bundles = new Map<string, readonly string[]>();
  for (const owner of owners) {
    const order = orders.get(owner.orderId);
    if (!order) continue;
    const current = order.tracking.current[owner.destinationIndex];
    labels.push({ ...owner, trackingNumber: current?.trackingNumber ?? null });
    if (order.bundle && bundleLabelKey(order.bundle.bundleId) === owner.key)
      bundles.set(owner.key, order.bundle.orderIds);
  }
  const others = [...new Set([...bundles.values()].flat())].filter((id) => !orders.has(id));
  const loaded = others.length > 0 ? await loadOrders(deps, tenantId, others) : undefined;
  for (const [id, order] of loaded?.orders ?? []) {
    orders.set(id, order);
    histories.set(id, loaded!.histories.get(id)!);
  }
  const companions = new Map<string, ExportedLabel[]>();
  for (const [key, orderIds] of bundles) {
    const owner = labels.find((label) => label.key === key)!;
    companions.set(
      key,
      orderIds.flatMap((id) => {
        const order = orders.get(id);
        const index = order?.labels[key];
        if (!order || id === owner.orderId || index === undefined) return [];
        return [
          {
            key,
            orderId: id,
            destinationIndex: index,
            trackingNumber: order.tracking.current[index]?.trackingNumber ?? null,
          },
        ];
      }),
    );
  }
  return { labels, histories, companions };
}

/**
 * A number for a bundle's label goes to each of its orders. The first order's number decides whether the row is new,
 * a reprint or unchanged; another order of the bundle that lacks the number (an import stopped half way) gets it too.
 */
function withCompanions(
  matches: readonly TrackingMatch[],
  companions: ReadonlyMap<string, readonly ExportedLabel[]>,
  onlyMissing = false,
): TrackingMatch[] {
  return matches.flatMap((match) => [
    ...(onlyMissing ? [] : [match]),
    ...(companions.get(match.label.key) ?? [])
      .filter((label) => !onlyMissing || label.trackingNumber !== match.row.trackingNumber)
      .map((label) => ({ row: match.row, label })),
  ]);
}

/**
 * Each order takes its numbers in file order, one per round: a bulk round writes each stream once, so the second
 * destination of a gift order (or a reprint within the file) goes in the next round, against the revision the first
 * left.
 */
function rounds(matches: readonly TrackingMatch[]): TrackingMatch[][] {
  const result: TrackingMatch[][] = [];
  const seen = new Map<string, number>();
  for (const match of matches) {
    const round = seen.get(match.label.orderId) ?? 0;
    seen.set(match.label.orderId, round + 1);
    (result[round] ??= []).push(match);
  }
  return result;
}

/**
 * 伝票番号取込: reads a carrier's return file, matches its rows to the labels we exported by their key (never by names),
 * and records each new or changed number on its order through the command pipeline, so the order moves on by itself
 * once every destination has one. Rows that match nothing are reported, never dropped.
 */
export async function importTrackingNumbers(
  deps: TrackingImportDependencies,
  caller: Caller,
  request: { readonly layout: ReturnFileLayout; readonly bytes: Buffer; readonly importId: string },
  onProgress?: (counts: TrackingImportCounts) => void,
): Promise<TrackingImportResult> {
  const parsed = await parseReturnFile(request.layout, request.bytes);
  const { labels, histories, companions } = await labelsOf(
    deps,
    caller.tenantId,
    parsed.rows.map((row) => row.key),
  );
  const matches = matchTrackingRows(parsed.rows, labels);
  const errors: TrackingImportError[] = parsed.errors.map((e) => ({ code: 'tracking.invalid_row', ...e }));
  errors.push(...matches.unmatched.map((row) => ({ line: row.line, key: row.key, ...UNMATCHED(row.key) })));
  let [matched, updated] = [0, 0];
  const firstNumbers = new Set([
    ...withCompanions(matches.matched, companions),
    ...withCompanions(matches.unchanged, companions, true),
  ]);
  const toRecord = [...firstNumbers, ...withCompanions(matches.updated, companions)].sort(
    (a, b) => a.row.line - b.row.line,
  );
  const unmatched = matches.unmatched.length;
  const report = () =>
    onProgress?.({
      rows: parsed.rows.length + parsed.errors.length,
      matched,
      updated,
      unchanged: matches.unchanged.length,
      unmatched,
      failed: errors.length - unmatched,
    });
  report();
  const steps = rounds(toRecord).flatMap((round, n) =>
    Array.from({ length: Math.ceil(round.length / STEP) }, (_, i) => ({
      // A request key names the whole import; each step writes its streams again, so each needs a name of its own.
      name: i === 0 ? `${n}` : `${n}.${i}`,
      // The first round writes each order once, on the events read to match the file; later rounds read them anew.
      first: n === 0,
      round: round.slice(i * STEP, (i + 1) * STEP),
    })),
  );
  let written: BulkWritten | undefined;
  for (const { name, round, first } of steps) {
    const roundCaller = caller.idempotencyKey
      ? { ...caller, idempotencyKey: `${caller.idempotencyKey}#${name}` }
      : caller;
    const items: BulkOrderCommand[] = round.map(({ row, label }) => ({
      orderId: label.orderId,
      ...(first && { history: histories.get(label.orderId)! }),
      command: {
        type: 'SetTrackingNumber',
        destinationIndex: label.destinationIndex,
        carrier: row.carrier,
        trackingNumber: row.trackingNumber,
        source: 'import',
        importId: request.importId,
      },
    }));
    const step = await appendBulkOrderCommands(
      deps.pipeline,
      roundCaller,
      'SetTrackingNumber',
      items,
      FILE_BULK_BATCH,
      FILE_BULK_CONCURRENCY,
    );
    if (step.written) written = furthestWritten(written, step.written);
    const results = step.results;
    results.forEach((result, index) => {
      const { row } = round[index]!;
      if (E.isRight(result)) {
        if (firstNumbers.has(round[index]!)) matched++;
        else updated++;
        return;
      }
      const error = result.left.kind === 'conflict' ? CONFLICT : result.left.error;
      errors.push({ line: row.line, key: row.key, code: error.code, ja: error.ja, en: error.en });
    });
    report();
  }
  // The screens are waited for once, after the last step: a wait per step of 500 numbers was most of a big file's time.
  if (written) await deps.pipeline.awaitReadModels([], written, 'SetTrackingNumber', caller);
  errors.sort((a, b) => a.line - b.line);
  return { matched, updated, unchanged: matches.unchanged.length, unmatched, errors };
}
