/**
 * Failures as EventStoreDB puts them on the wire: a gRPC status plus trailers. The client decodes the `exception`
 * trailer (src/utils/CommandError.ts) into its typed errors, so the keys and value formats here are the contract.
 */
import { Metadata, status, type StatusObject } from '@grpc/grpc-js';
import type { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb';
import type { Expected } from './store';

export type ServiceError = Partial<StatusObject> & Error;

function failure(code: status, details: string, trailers: Record<string, string>): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

export const streamDeletedError = (stream: string): ServiceError =>
  failure(status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': stream,
  });

/** Expected versions travel as EventStoreDB's longs: -2 any, -1 no stream, -4 stream exists. */
const expectedVersion = (expected: Expected): string =>
  expected === 'any'
    ? '-2'
    : expected === 'no_stream'
      ? '-1'
      : expected === 'stream_exists'
        ? '-4'
        : expected.toString();

export const wrongExpectedVersionError = (
  operation: string,
  stream: string,
  expected: Expected,
  current: bigint,
): ServiceError =>
  failure(
    status.FAILED_PRECONDITION,
    `${operation} failed due to WrongExpectedVersion. Stream: ${stream}, Expected version: ${expectedVersion(expected)}, Actual version: ${current}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': stream,
      'expected-version': expectedVersion(expected),
      'actual-version': current.toString(),
    },
  );

export const invalidArgument = (details: string): ServiceError => failure(status.INVALID_ARGUMENT, details, {});

export const streamNameOf = (identifier: StreamIdentifier | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? []).toString('utf8');

/** The expected-revision oneof is spelled the same on Append, Delete and Tombstone options. */
export interface ExpectedRevisionOptions {
  hasRevision(): boolean;
  getRevision(): string;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
}

export const expectedOf = (options: ExpectedRevisionOptions): Expected =>
  options.hasRevision()
    ? BigInt(options.getRevision())
    : options.hasNoStream()
      ? 'no_stream'
      : options.hasStreamExists()
        ? 'stream_exists'
        : 'any';
