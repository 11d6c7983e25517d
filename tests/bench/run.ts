/**
 * `npm run bench [-- <name>…]`: runs the named benchmarks (all when none is named). Not tests: figures, not verdicts.
 */
import { documentsBenchmark } from './documents.bench';
import { eventStoreBenchmark } from './eventstore.bench';
import { importBenchmark } from './import.bench';
import { labelsBenchmark } from './labels.bench';
import { loadBenchmark } from './load.bench';
import { mailBenchmark } from './mail.bench';
import { printTable } from './report';
import { searchBenchmark } from './search.bench';

const benchmarks: Record<string, () => Promise<void>> = {
  documents: documentsBenchmark,
  eventstore: eventStoreBenchmark,
  import: importBenchmark,
  labels: labelsBenchmark,
  load: loadBenchmark,
  mail: mailBenchmark,
  search: searchBenchmark,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in benchmarks));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
    console.log(`\n== ${name} ==`);
    await benchmarks[name]!();
  }
  printTable();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
