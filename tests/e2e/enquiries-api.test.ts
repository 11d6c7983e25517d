import { TOKENS } from '../../infrastructure/container';
import { EnquiryRefused, receiveEnquiry } from '../../application/enquiries/receive-enquiry';
import { enquiriesForBuyer } from '../../projections/enquiries/enquiry-queries';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let shop: Tenant;
let other: Tenant;

const deps = () => ({ pipeline: app().container.get(TOKENS.Pipeline), db: app().container.get(TOKENS.Db) });
const receive = (
  tenant: Tenant,
  orderIndex: number,
  text: string,
  ids: { enquiryId?: string; messageId?: string } = {},
) => receiveEnquiry(deps(), { tenantId: tenant.id, orderId: tenant.orderIds[orderIndex]!, text, ...ids });
const buyerView = (tenant: Tenant, orderIndex: number) =>
  enquiriesForBuyer(app().container.get(TOKENS.Db), tenant.id, tenant.orderIds[orderIndex]!);

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'enquiries-a', orders: 4 });
  other = await seedTenant(app(), { code: 'enquiries-b', orders: 1 });
}, 60_000);

describe('問い合わせ from the buyer’s page', () => {
  test('a message opens a thread the buyer sees as 未対応, its text kept as written', async () => {
    const text = '髙﨑です。①の商品のお届け日を教えてください～ ｶﾀｶﾅ <b>太字</b>';
    const { enquiryId } = await receive(shop, 0, `  ${text}\r\n`);
    expect(await buyerView(shop, 0)).toEqual([
      { enquiryId, state: 'open', messages: [{ from: 'buyer', text, at: expect.any(String) }] },
    ]);
  });

  test('a follow-up without a thread continues the order’s latest one', async () => {
    const first = await receive(shop, 1, 'はじめの質問');
    const second = await receive(shop, 1, '追加の質問です');
    expect(second.enquiryId).toBe(first.enquiryId);
    const [thread] = await buyerView(shop, 1);
    expect(thread!.messages.map((m) => m.text)).toEqual(['はじめの質問', '追加の質問です']);
  });

  test('a retried message with the same id is recorded once', async () => {
    const first = await receive(shop, 2, '二重送信のテスト', { messageId: 'form-token-1' });
    const again = await receive(shop, 2, '二重送信のテスト', { messageId: 'form-token-1' });
    expect(again).toEqual(first);
    const threads = await buyerView(shop, 2);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages).toHaveLength(1);
  });

  test('blank and too long texts, another tenant’s order and another order’s thread are refused', async () => {
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: unknown) => (error instanceof EnquiryRefused ? error.error.code : String(error)),
      );
    expect(await code(receive(shop, 3, ' \n '))).toBe('enquiry.text_required');
    expect(await code(receive(shop, 3, 'あ'.repeat(4001)))).toBe('enquiry.text_too_long');
    expect(await code(receive(shop, 3, 'あ'.repeat(4000)))).toBe('accepted');
    const theirs = await receive(other, 0, '別のテナントの問い合わせ');
    expect(await code(receiveEnquiry(deps(), { tenantId: shop.id, orderId: other.orderIds[0]!, text: '覗き見' }))).toBe(
      'order.not_found',
    );
    expect(await code(receive(shop, 3, '別の受注のスレッドへ', { enquiryId: theirs.enquiryId }))).toBe(
      'enquiry.not_found',
    );
    // Nothing of the refused ones is shown anywhere.
    expect((await buyerView(other, 0))[0]!.messages.map((m) => m.text)).toEqual(['別のテナントの問い合わせ']);
    expect(await enquiriesForBuyer(app().container.get(TOKENS.Db), shop.id, other.orderIds[0]!)).toEqual([]);
  });
});
