/**
 * The EventStoreDB adapter against the conformance suite, always through the real @eventstore/db-client over real
 * gRPC: against the in-repo stand-in server, and also against a real EventStoreDB when EVENTSTORE_URL names one.
 */
import type { EventStore } from '../../../application/ports/event-store';
import { EventStoreDbEventStore } from '../../../infrastructure/event-store/eventstoredb/eventstoredb-event-store';
import { type EventStoreDbStandIn, startEventStoreDbStandIn } from '../../support/eventstoredb-stand-in';
import { describeEventStoreConformance } from './conformance';

let standIn: EventStoreDbStandIn | undefined;
afterAll(async () => {
  await standIn?.stop();
});

const targets: Array<{ name: string; open: () => Promise<EventStore> }> = [
  {
    name: 'EventStoreDB adapter via real gRPC client → in-repo stand-in',
    open: async () => {
      standIn = await startEventStoreDbStandIn();
      return new EventStoreDbEventStore(standIn.connectionString);
    },
  },
];

const url = process.env.EVENTSTORE_URL;
if (url) {
  // Credentials in the URL stay out of test titles and logs.
  const shown = url.replace(/\/\/[^@/]*@/, '//***@');
  targets.push({
    name: `EventStoreDB adapter → real EventStoreDB at ${shown}`,
    open: async () => new EventStoreDbEventStore(url),
  });
}

console.log(`[event store conformance] targets: ${targets.map((t) => t.name).join(' | ')}`);

for (const target of targets) describeEventStoreConformance(target.name, target.open);
