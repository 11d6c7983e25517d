import { TOKENS } from '../../../infrastructure/container';
import { signIn } from '../../support/api-client';
import { startInProcessApp } from '../../support/in-process-app';
import { seedTenant } from '../../support/tenant-fixture';

/*
 * Jest runs many test files in one worker process, and a product process may open and close a container more than
 * once. The session store's pruning timer, started by the first session query, must stop with the container: left
 * behind, it fires minutes later through an ended pool (in jest: a log after its file is done, which fails the run).
 */
test('stopping an app that has answered a signed-in request closes its session store', async () => {
  const app = await startInProcessApp();
  const store = app.container.get(TOKENS.SessionStore) as unknown as { closed?: boolean; pruneTimer?: unknown };
  try {
    await seedTenant(app, { code: 'close-co', adminPassword: 'close-pass' });
    const cookie = await signIn(app, 'close-co', 'owner', 'close-pass');
    expect((await fetch(`${app.url}/api/session`, { headers: { cookie } })).status).toBe(200);
    expect(store.pruneTimer).toBeDefined();
  } finally {
    await app.stop();
  }
  expect(store.closed).toBe(true);
  expect(store.pruneTimer).toBeUndefined();
  // A whole app started and stopped (projections, the mail queue): on a loaded machine that outlasts jest's default.
}, 180_000);
