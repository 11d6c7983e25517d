import { loadOrder } from '../../../application/orders/load-order';
import type { ExistingOrder } from '../../../domain/order/state';
import { TOKENS } from '../../../infrastructure/container';
import { eventually } from '../../support/eventually';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant } from '../../support/tenant-fixture';

// Without policies: the test starts the policy itself, once history is in the log.
const app = inProcessAppForThisFile();

const mailsOf = async (orderId: string) =>
  (
    (await loadOrder(app().container.get(TOKENS.EventStore), app().container.get(TOKENS.Registry), orderId))
      .state as ExistingOrder
  ).mails;

it('a policy started for the first time acts on what comes after, never on the orders already in the log', async () => {
  const before = await seedTenant(app(), { code: 'history', orders: 2 });
  const policies = app().container.get(TOKENS.PolicyRunners);
  for (const runner of policies) await runner.begin();
  for (const runner of policies) runner.start();
  try {
    const after = await seedTenant(app(), { code: 'after-upgrade', orders: 1 });
    const thanked = await eventually(
      () => mailsOf(after.orderIds[0]!),
      (mails) => mails.length > 0,
      'the new order got no thanks mail',
    );
    expect(thanked.map((mail) => mail.kind)).toEqual(['thanks']);
    for (const orderId of before.orderIds) expect(await mailsOf(orderId)).toEqual([]);
  } finally {
    await Promise.all(policies.map((runner) => runner.stop()));
  }
});
