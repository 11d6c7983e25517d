import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Carrier } from '../../domain/shared/carrier';

/** One order's shipment as the malls are told of it. Mall-specific ids are there when that mall's file needs them. */
export interface ShippingResultRow {
  readonly orderNumber: string;
  /** YYYY-MM-DD */
  readonly shippedAt: string;
  readonly carrier: Carrier;
  readonly trackingNumbers: readonly string[];
  /** Amazon order-item-id with the quantity shipped; none confirms the whole order. */
  readonly orderItems?: readonly { readonly id: string; readonly quantity: number }[];
  /** EC-CUBE 出荷ID, カラーミー 配送先ID. */
  readonly shipmentId?: string;
  /** Qoo10 カート番号. */
  readonly cartNumber?: string;
  /** BASE 配送業者ID, set up per shop in BASE. */
  readonly mallCarrierId?: string;
}

export interface ShippingResultFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface ShippingResultWriter {
  readonly label: string;
  write(rows: readonly ShippingResultRow[]): ShippingResultFile;
}

/** The malls' upload screens read CP932 with CRLF; csv-stringify quotes only the cells that need it. */
export const cp932Csv = (header: readonly string[], records: readonly (readonly string[])[]): Buffer =>
  iconv.encode(stringify([header, ...records] as string[][], { record_delimiter: 'windows' }), 'cp932');

export const csvFile = (fileName: string, bytes: Buffer): ShippingResultFile => ({
  fileName,
  contentType: 'text/csv; charset=Shift_JIS',
  bytes,
});

/** One record per parcel: a multi-parcel order gives each mall every number. */
export const perParcel = <T>(
  rows: readonly ShippingResultRow[],
  record: (row: ShippingResultRow, n: string) => T,
): T[] => rows.flatMap((row) => row.trackingNumbers.map((n) => record(row, n)));

export const compactDate = (date: string): string => date.replaceAll('-', '');
export const slashDate = (date: string): string => date.replaceAll('-', '/');
