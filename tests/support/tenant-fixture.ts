/**
 * "A tenant with staff, shops and N orders", seeded in-process through the real command path: the one fixture API and
 * browser tests build on. Every call makes its own tenant (pass a fresh code per test when a test moves orders), so no
 * test depends on what an earlier one did.
 *
 *   const app = inProcessAppForThisFile();
 *   let shop: Tenant;
 *   beforeAll(async () => {
 *     shop = await seedTenant(app(), { code: 'takahashi', orders: 3 });
 *   });
 *   test('…', async () => {
 *     const call = apiCaller(app());
 *     const cookie = await signIn(app(), shop.code, shop.admin.username, shop.admin.password);
 *     expect((await call('GET', `/orders/${shop.orderIds[0]}`, cookie)).status).toBe(200);
 *   });
 *
 * The administrator is `owner` (as `oms setup --admin owner` makes), the staff user `staff`; the orders are the
 * fixture order of order-fixtures.ts, imported for the first shop with order numbers 123456-20261130-000000<i>.
 */
import * as E from 'fp-ts/Either';
import { registerShop } from '../../application/accounts/register-shop';
import { setUpTenant } from '../../application/accounts/set-up-tenant';
import type { Mall } from '../../domain/order/order-data';
import { orderDecider } from '../../domain/order/order';
import { importedOrderIdFor, shopIdFor, staffUserIdFor, streamName } from '../../domain/shared/ids';
import { staffUserDecider } from '../../domain/staff-user/staff-user';
import { TOKENS } from '../../infrastructure/container';
import type { InProcessApp } from './in-process-app';
import { importOrder } from './order-fixtures';
import type { StaffMember } from './staff-members';
import { context } from './write-side';

export interface Person {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

export interface Tenant {
  readonly id: string;
  readonly code: string;
  readonly admin: Person;
  readonly staff: Person;
  /** Ids of `staffMembers`, by username. */
  readonly members: Readonly<Record<string, string>>;
  readonly shops: ReadonlyArray<{ readonly id: string; readonly code: string; readonly mall: Mall }>;
  readonly orderIds: readonly string[];
}

export interface TenantOptions {
  readonly code: string;
  /** How many fixture orders to import for the first shop; none by default. */
  readonly orders?: number;
  /** Order i's number of destinations (a gift order sends to several), 1 when not given. */
  readonly destinations?: readonly number[];
  /** Order i's desired delivery date (お届け希望日), when given. */
  readonly desiredDates?: readonly (string | null)[];
  /** Order i's orderer e-mail address, when given (the fixture's full-width ＴＡＲＯ＠Example.JP otherwise; '' for none). */
  readonly ordererEmails?: readonly string[];
  /** Three shops (楽天, Yahoo!, Amazon) by default; `[]` for a test that registers and counts shops itself. */
  readonly shops?: ReadonlyArray<{ readonly code: string; readonly mall: Mall; readonly name: string }>;
  readonly adminPassword?: string;
  /** More staff users besides `staff`, with their own roles or permissions. */
  readonly staffMembers?: readonly StaffMember[];
  readonly staffPassword?: string;
}

const DEFAULT_SHOPS = [
  { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
  { code: 'yahoo-main', mall: 'yahoo', name: '髙橋商店 Yahoo!店' },
  { code: 'amazon-main', mall: 'amazon', name: '髙橋商店 Amazon店' },
] as const;

const orThrow = <T>(what: string, result: E.Either<unknown, T>): T => {
  if (E.isLeft(result)) throw new Error(`${what} failed: ${JSON.stringify(result.left)}`);
  return result.right;
};

/** Seeds the tenant and waits for the read models, so a sign-in or a list sees everything at once. */
export async function seedTenant(app: InProcessApp, options: TenantOptions): Promise<Tenant> {
  const commands = app.container.get(TOKENS.Commands);
  const credentials = app.container.get(TOKENS.Credentials);
  const admin = { username: 'owner', password: options.adminPassword ?? `${options.code}-owner-pass` };
  const { tenantId, adminUserId } = orThrow(
    `setting up ${options.code}`,
    await setUpTenant(commands, credentials, {
      code: options.code,
      name: options.code,
      adminUsername: admin.username,
      adminPassword: admin.password,
    }),
  );

  const staff = { username: 'staff', password: options.staffPassword ?? `${options.code}-staff-pass` };
  const register = async ({ password, ...member }: StaffMember): Promise<string> => {
    const staffUserId = staffUserIdFor(tenantId, member.username);
    orThrow(
      `adding staff user ${member.username}`,
      await commands.handle(
        staffUserDecider,
        streamName.staffUser(staffUserId),
        { type: 'RegisterStaffUser', staffUserId, tenantId, ...member },
        context({ tenantId, actor: 'system' }),
      ),
    );
    await credentials.setPassword(staffUserId, password);
    return staffUserId;
  };
  const staffId = await register({ ...staff, displayName: '佐藤 花子', roles: ['staff'] });
  const members: Record<string, string> = {};
  for (const member of options.staffMembers ?? []) members[member.username] = await register(member);

  const shops = [];
  for (const shop of options.shops ?? DEFAULT_SHOPS) {
    orThrow(
      `registering shop ${shop.code}`,
      await app.container
        .get(TOKENS.Pipeline)
        .run(registerShop({ tenantId, ...shop }), { tenantId, actor: 'system', correlationId: crypto.randomUUID() }),
    );
    shops.push({ id: shopIdFor(tenantId, shop.code), code: shop.code, mall: shop.mall });
  }

  const orderIds: string[] = [];
  const shopId = shops[0]?.id ?? 'shop-rakuten';
  for (let i = 0; i < (options.orders ?? 0); i++) {
    const orderNumber = `123456-20261130-000000${i}`;
    const orderId = importedOrderIdFor(tenantId, shopId, orderNumber);
    const desiredDate = options.desiredDates?.[i];
    const dated =
      desiredDate === undefined
        ? importOrder.mallData
        : {
            ...importOrder.mallData,
            destinations: importOrder.mallData.destinations.map((d) => ({
              ...d,
              delivery: { ...d.delivery, desiredDate },
            })),
          };
    // Each further destination: the same parcel to another person, as a gift order sends it.
    const [first] = dated.destinations;
    const email = options.ordererEmails?.[i];
    const mallData = {
      ...dated,
      ...(email !== undefined && { orderer: { ...dated.orderer, email } }),
      destinations: Array.from({ length: options.destinations?.[i] ?? 1 }, (_, d) =>
        d === 0 ? first! : { ...first!, recipient: { ...first!.recipient, name: `髙橋 ${'①②③④⑤'[d - 1] ?? d}様` } },
      ),
    };
    orThrow(
      `importing order ${orderNumber}`,
      await commands.handle(
        orderDecider,
        streamName.order(orderId),
        { ...importOrder, mallData, orderId, tenantId, shopId, orderNumber },
        context({ tenantId, actor: 'system' }),
      ),
    );
    orderIds.push(orderId);
  }

  await app.readModelsCaughtUp();
  return {
    id: tenantId,
    code: options.code,
    admin: { id: adminUserId, ...admin },
    staff: { id: staffId, ...staff },
    members,
    shops,
    orderIds,
  };
}
