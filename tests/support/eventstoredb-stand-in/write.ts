/**
 * `Streams.Append` (classic, client-streaming), `Streams.Delete` and `Streams.Tombstone`.
 *
 * A conflicting append answers with an `AppendResp.wrong_expected_version` message, as EventStoreDB does; conflicting
 * deletes and anything touching a tombstoned stream fail the call with trailers instead.
 */
import type { sendUnaryData, ServerReadableStream, ServerUnaryCall } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import {
  AppendReq,
  AppendResp,
  DeleteReq,
  DeleteResp,
  TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb';
import {
  expectedOf,
  invalidArgument,
  type ServiceError,
  streamDeletedError,
  streamNameOf,
  wrongExpectedVersionError,
} from './errors';
import type { Expected, Outcome, Position, ProposedEvent, Store } from './store';

export function handleAppend(
  store: Store,
  call: ServerReadableStream<AppendReq, AppendResp>,
  callback: sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const events: ProposedEvent[] = [];
  call.on('data', (request: AppendReq) => {
    const message = request.getProposedMessage();
    if (request.hasOptions()) options = request.getOptions();
    else if (message) {
      const metadata = message.getMetadataMap();
      events.push({
        id: message.getId()?.getString() ?? '',
        type: metadata.get('type') ?? '',
        contentType: metadata.get('content-type') ?? 'application/octet-stream',
        data: message.getData_asU8(),
        customMetadata: message.getCustomMetadata_asU8(),
      });
    }
  });
  call.on('end', () => {
    if (!options) return callback(invalidArgument('Append without options'));
    const stream = streamNameOf(options.getStreamIdentifier());
    const expected = expectedOf(options);
    const outcome = store.append(stream, expected, events);
    if (outcome.kind === 'stream-deleted') return callback(streamDeletedError(stream));
    const response = new AppendResp();
    if (outcome.kind === 'wrong-expected-version')
      return callback(null, response.setWrongExpectedVersion(wrongExpectedVersion(expected, outcome.current)));
    const success = new AppendResp.Success();
    if (outcome.revision >= 0n) success.setCurrentRevision(outcome.revision.toString());
    else success.setNoStream(new Empty());
    if (outcome.position) {
      success.setPosition(
        new AppendResp.Position()
          .setCommitPosition(outcome.position.commit.toString())
          .setPreparePosition(outcome.position.prepare.toString()),
      );
    } else success.setNoPosition(new Empty());
    callback(null, response.setSuccess(success));
  });
}

function wrongExpectedVersion(expected: Expected, current: bigint): AppendResp.WrongExpectedVersion {
  const message = new AppendResp.WrongExpectedVersion();
  if (current >= 0n) message.setCurrentRevision(current.toString());
  else message.setCurrentNoStream(new Empty());
  if (expected === 'any') message.setExpectedAny(new Empty());
  else if (expected === 'no_stream') message.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') message.setExpectedStreamExists(new Empty());
  else message.setExpectedRevision(expected.toString());
  return message;
}

/** Delete and Tombstone differ only in what the store does and in their response class. */
function remove(
  operation: 'Delete' | 'Tombstone',
  options: DeleteReq.Options | TombstoneReq.Options | undefined,
  action: (stream: string, expected: Expected) => Outcome,
): { error: ServiceError } | { position: Position | undefined } {
  if (!options) return { error: invalidArgument(`${operation} without options`) };
  const stream = streamNameOf(options.getStreamIdentifier());
  const expected = expectedOf(options);
  const outcome = action(stream, expected);
  if (outcome.kind === 'stream-deleted') return { error: streamDeletedError(stream) };
  if (outcome.kind === 'wrong-expected-version')
    return { error: wrongExpectedVersionError(operation, stream, expected, outcome.current) };
  return { position: outcome.position };
}

export const handleDelete =
  (store: Store) =>
  (call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>): void => {
    const result = remove('Delete', call.request.getOptions(), (stream, expected) =>
      store.softDelete(stream, expected),
    );
    if ('error' in result) return callback(result.error);
    const { position } = result;
    const response = new DeleteResp();
    if (position)
      response.setPosition(
        new DeleteResp.Position().setCommitPosition(`${position.commit}`).setPreparePosition(`${position.prepare}`),
      );
    else response.setNoPosition(new Empty());
    callback(null, response);
  };

export const handleTombstone =
  (store: Store) =>
  (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>): void => {
    const result = remove('Tombstone', call.request.getOptions(), (stream, expected) =>
      store.tombstone(stream, expected),
    );
    if ('error' in result) return callback(result.error);
    const { position } = result;
    const response = new TombstoneResp();
    if (position)
      response.setPosition(
        new TombstoneResp.Position().setCommitPosition(`${position.commit}`).setPreparePosition(`${position.prepare}`),
      );
    else response.setNoPosition(new Empty());
    callback(null, response);
  };
