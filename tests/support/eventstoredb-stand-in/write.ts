/**
 * `Streams.Append` (classic, client-streaming), `Streams.Delete` and `Streams.Tombstone`.
 *
 * A conflicting append answers with an `AppendResp.wrong_expected_version` message, as EventStoreDB does; conflicting
 * deletes and anything touching a tombstoned stream fail the call with trailers instead.
 */
import type { sendUnaryData, ServerReadableStream, ServerUnaryCall } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp, DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } from '@eventstore/db-client/generated/streams_pb';
import { expectedOf, invalidArgument, streamDeletedError, streamNameOf, wrongExpectedVersionError } from './errors';
import type { Expected, ProposedEvent, Store } from './store';

export function handleAppend(store: Store, call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void {
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
    if (outcome.kind === 'wrong-expected-version') return callback(null, response.setWrongExpectedVersion(wrongExpectedVersion(expected, outcome.current)));
    const success = new AppendResp.Success();
    if (outcome.revision >= 0n) success.setCurrentRevision(outcome.revision.toString());
    else success.setNoStream(new Empty());
    if (outcome.position) {
      success.setPosition(new AppendResp.Position().setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString()));
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

type Removal = 'Delete' | 'Tombstone';

function handleRemoval<Req extends DeleteReq | TombstoneReq, Resp extends DeleteResp | TombstoneResp>(
  operation: Removal,
  remove: (stream: string, expected: Expected) => ReturnType<Store['softDelete']>,
  createResponse: () => Resp,
) {
  return (call: ServerUnaryCall<Req, Resp>, callback: sendUnaryData<Resp>): void => {
    const options = call.request.getOptions();
    if (!options) return callback(invalidArgument(`${operation} without options`));
    const stream = streamNameOf(options.getStreamIdentifier());
    const expected = expectedOf(options);
    const outcome = remove(stream, expected);
    if (outcome.kind === 'stream-deleted') return callback(streamDeletedError(stream));
    if (outcome.kind === 'wrong-expected-version') return callback(wrongExpectedVersionError(operation, stream, expected, outcome.current));
    const response = createResponse();
    if (outcome.position) {
      const position = response instanceof DeleteResp ? new DeleteResp.Position() : new TombstoneResp.Position();
      position.setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString());
      (response as { setPosition(p: typeof position): unknown }).setPosition(position);
    } else response.setNoPosition(new Empty());
    callback(null, response);
  };
}

export const handleDelete = (store: Store) =>
  handleRemoval<DeleteReq, DeleteResp>('Delete', (stream, expected) => store.softDelete(stream, expected), () => new DeleteResp());

export const handleTombstone = (store: Store) =>
  handleRemoval<TombstoneReq, TombstoneResp>('Tombstone', (stream, expected) => store.tombstone(stream, expected), () => new TombstoneResp());
