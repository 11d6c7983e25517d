/**
 * An in-memory stand-in for EventStoreDB's gRPC `Streams` service, so the EventStoreDB adapter can be tested through
 * the real `@eventstore/db-client` over real gRPC where no EventStoreDB server can run.
 *
 * Built on the client's own generated service definition and messages; no protos are written by hand. ServerFeatures
 * stays unregistered on purpose: its UNIMPLEMENTED answer makes the client use the classic `Append` RPC (no BatchAppend).
 * Not covered: persistent subscriptions, projections, users, gossip, link resolution, ACLs, scavenging.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { handleRead } from './read';
import { Store } from './store';
import { handleAppend, handleDelete, handleTombstone } from './write';

export interface EventStoreDbStandIn {
  /** `esdb://127.0.0.1:<port>?tls=false` */
  readonly connectionString: string;
  stop(): Promise<void>;
}

export async function startEventStoreDbStandIn(): Promise<EventStoreDbStandIn> {
  const store = new Store();
  const server = new Server();
  server.addService(StreamsService, {
    read: (call: Parameters<typeof handleRead>[1]) => void handleRead(store, call),
    append: (call: Parameters<typeof handleAppend>[1], callback: Parameters<typeof handleAppend>[2]) =>
      handleAppend(store, call, callback),
    delete: handleDelete(store),
    tombstone: handleTombstone(store),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    async stop() {
      // Subscriptions end cleanly first; whatever is still open (a client that never closed) is cut off.
      store.close();
      server.forceShutdown();
    },
  };
}
