import { loadConfig } from './config';
import { startServer } from './server';
import { describeStartFailure } from './start-failure';

/** `npm start`. Ctrl-C (or SIGTERM) stops the server, the runners and the embedded database cleanly. */
async function main(): Promise<void> {
  const server = await startServer(loadConfig());
  console.log(`受注管理システム: ${server.url}  (Ctrl-C で停止 / Ctrl-C to stop)`);
  let stopping = false;
  const stop = async () => {
    // A second Ctrl-C means "now".
    if (stopping) process.exit(130);
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(describeStartFailure(error, '受注管理システムを起動できませんでした / The server could not start.'));
  process.exit(1);
});
