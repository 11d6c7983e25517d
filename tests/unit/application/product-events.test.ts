import { randomUUID } from 'node:crypto';
import { createProductEventRegistry } from '../../../application/events/product-events';
import type { DomainEvent } from '../../../domain/shared/decider';
import { imported, mallData, orderer, recipient } from '../../support/order-fixtures';

const registry = createProductEventRegistry();
const metadata = {
  tenantId: 't-1',
  actor: 'system',
  correlationId: 'c-1',
  causationId: 'c-1',
  commandId: 'cmd-1',
  occurredAt: '2026-11-30T00:00:00.000Z',
};
const orderId = 'o-1';
const problems = [{ code: 'goods_mismatch', stated: 4000, computed: 4360 }];
const changes = {
  orderer: { before: orderer, after: { ...orderer, building: 'ﾒｿﾞﾝ②' } },
  destinations: { before: mallData.destinations, after: [] },
};

/** One of every event the aggregates of issue #3 write, with Japanese text where a field takes it. */
const samples: readonly DomainEvent[] = [
  {
    type: 'ShopRegistered',
    data: { shopId: 'shop-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '楽天市場店（髙橋商店）' },
  },
  { type: 'ShopRenamed', data: { shopId: 'shop-1', tenantId: 't-1', name: '㈱髙橋商店①楽天店～本店' } },
  {
    type: 'ShopShippingDefaultsSet',
    data: {
      shopId: 'shop-1',
      tenantId: 't-1',
      shipping: { carrier: 'yamato', slipType: '発払い' },
      codSlipType: 'コレクト',
      leadDays: 2,
    },
  },
  { type: 'ShopHolidaysSet', data: { shopId: 'shop-1', tenantId: 't-1', holidays: ['2026-12-29', '2026-12-30'] } },
  { type: 'ShopUntrackedSlipTypesSet', data: { shopId: 'shop-1', tenantId: 't-1', slipTypes: ['DM便', 'ゆうメール'] } },
  { type: 'ShopAmountsHoldBoxSet', data: { shopId: 'shop-1', tenantId: 't-1', box: 3 } },
  {
    type: 'ShopMailSettingsSet',
    data: {
      shopId: 'shop-1',
      tenantId: 't-1',
      automatic: { thanks: true, payment_confirmed: true, shipped: true, follow_up: false },
      followUpDays: 7,
      mobileSendWindow: { from: '08:00', to: '21:00' },
      myPageLinkDays: 90,
      signature: '㈱髙橋商店 山﨑',
    },
  },
  {
    type: 'ShopSmtpSettingsChanged',
    data: {
      shopId: 'shop-1',
      tenantId: 't-1',
      smtp: {
        mode: 'smtp',
        host: 'smtp.example.jp',
        port: 587,
        security: 'starttls',
        user: 'shop@example.jp',
        from: '"㈱髙橋商店" <info@example.jp>',
        passwordSet: true,
      },
    },
  },
  { type: 'ShopSmtpSettingsChanged', data: { shopId: 'shop-1', tenantId: 't-1', smtp: null } },
  {
    type: 'ShopDocumentSettingsSet',
    data: {
      shopId: 'shop-1',
      tenantId: 't-1',
      issuer: {
        name: '㈱髙橋商店',
        postalCode: '150-0001',
        address: '東京都渋谷区神宮前1-2-3 山﨑ビル①',
        phone: '03-1234-5678',
        email: 'shop@example.jp',
        registrationNumber: 'T7123456789012',
      },
      greetings: {
        'purchase-statement': 'ありがとうございました～',
        'delivery-statement': 'ｺﾞｿﾞｳﾄｳ品です',
        receipt: '',
        invoice: '下記のとおりご請求申し上げます。',
        'work-sheet': '',
        'picking-list': '',
      },
      receiptProviso: 'お品代として',
      taxRounding: 'down',
      leaveDocumentsWaiting: 'documents',
    },
  },
  {
    type: 'ShopDocumentImageSet',
    data: { shopId: 'shop-1', tenantId: 't-1', image: 'seal', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
  },
  {
    type: 'OrderNumberReserved',
    data: { tenantId: 't-1', day: '2026-11-30', sequence: 1, orderNumber: 'TEL-20261130-0001', requestId: 'r-1' },
  },
  {
    type: 'ProcessingRouteDefined',
    data: {
      tenantId: 't-1',
      routeId: 'r-1',
      name: 'カード決済（入金待ちなし）',
      statuses: ['new', 'awaiting_shipment', 'completed'],
    },
  },
  { type: 'ProcessingRouteRenamed', data: { tenantId: 't-1', routeId: 'r-1', name: 'ｶｰﾄﾞ①' } },
  { type: 'ProcessingRouteStatusesChanged', data: { tenantId: 't-1', routeId: 'r-1', statuses: ['new', 'completed'] } },
  { type: 'ProcessingRouteRetired', data: { tenantId: 't-1', routeId: 'r-1' } },
  { type: 'HoldBoxNamed', data: { tenantId: 't-1', box: 3, name: '住所不備～髙' } },
  {
    type: 'CautionAreasSaved',
    data: {
      tenantId: 't-1',
      areas: [
        {
          id: 'a-1',
          key: { kind: 'postal', code: '9071801' },
          labels: ['離島', '中継料'],
          carriers: ['yamato'],
          note: '与那国町①',
        },
        {
          id: 'a-2',
          key: { kind: 'postal_range', from: '1000100', to: '1000399' },
          labels: ['離島'],
          carriers: [],
          note: '',
        },
        {
          id: 'a-3',
          key: { kind: 'address_prefix', prefix: '東京都小笠原村' },
          labels: ['時間指定不可'],
          carriers: [],
          note: '髙﨑～ｶﾅ',
        },
      ],
    },
  },
  { type: 'CautionAreasReset', data: { tenantId: 't-1' } },
  {
    type: 'CustomerRanksSaved',
    data: {
      tenantId: 't-1',
      ranks: [
        { name: 'ゴールド', minPurchases: 10 },
        { name: 'ｼﾙﾊﾞｰ①', minPurchases: 5 },
      ],
    },
  },
  {
    type: 'ShopCheckSettingsSet',
    data: {
      shopId: 'shop-1',
      tenantId: 't-1',
      settings: {
        checks: {
          address: { mode: 'hold', box: 2 },
          house_number: { mode: 'warn', box: null },
          caution_area: { mode: 'hold', box: 3 },
          blacklist: { mode: 'hold', box: 4 },
          ship_date: { mode: 'off', box: null },
          delivery_date: { mode: 'warn', box: null },
          amounts: { mode: 'hold', box: 1 },
          duplicate: { mode: 'warn', box: null },
          remarks: { mode: 'off', box: null },
        },
        duplicateWithinHours: 48,
        remarkKeywords: ['至急', '㈱髙橋'],
        maxDeliveryDaysAhead: 30,
      },
    },
  },
  {
    type: 'AutomationRuleSaved',
    data: {
      tenantId: 't-1',
      position: 0,
      rule: {
        id: 'high-cod',
        name: '高額代引①',
        enabled: true,
        stop: false,
        conditions: {
          match: 'all',
          groups: [
            {
              match: 'all',
              conditions: [
                { field: 'mall', malls: ['rakuten'] },
                { field: 'payment', methods: ['cash_on_delivery'] },
                { field: 'total', min: 30000, max: null },
              ],
            },
          ],
        },
        actions: [
          { kind: 'hold', box: 3, reason: '高額代引～要確認' },
          { kind: 'tag', tag: '髙額' },
        ],
      },
    },
  },
  { type: 'AutomationRuleDeleted', data: { tenantId: 't-1', ruleId: 'high-cod' } },
  { type: 'AutomationRulesReordered', data: { tenantId: 't-1', ruleIds: ['b', 'a'] } },
  { type: 'CannedPhraseAdded', data: { tenantId: 't-1', phraseId: 'p-1', category: 'hold', text: '住所不備～髙①' } },
  { type: 'CannedPhraseChanged', data: { tenantId: 't-1', phraseId: 'p-1', category: 'cancel', text: '在庫切れ㈱' } },
  { type: 'CannedPhraseRemoved', data: { tenantId: 't-1', phraseId: 'p-1' } },
  { type: 'PrintNameSet', data: { tenantId: 't-1', sku: 'ABC-001', name: '髙橋農園の①みかん ～5kg～' } },
  { type: 'PrintNameRemoved', data: { tenantId: 't-1', sku: 'ABC-001' } },
  {
    type: 'LabelDataExported',
    data: {
      orderId,
      tenantId: 't-1',
      carrier: 'yamato',
      layout: 'b2cloud',
      labels: [{ destinationIndex: 0, key: '0ABCDEFGHIJK00' }],
    },
  },
  {
    type: 'ShippingResultsWritten',
    data: {
      orderId,
      tenantId: 't-1',
      mall: 'amazon',
      file: 'amazon-shipping-confirm',
      fileName: 'Flat.File.ShippingConfirm.txt',
      trackingNumbers: [{ destinationIndex: 0, carrier: 'yamato', trackingNumber: '444413758703' }],
    },
  },
  {
    type: 'CarrierAccountSet',
    data: {
      tenantId: 't-1',
      carrier: 'yamato',
      codes: { customerCode: '012345678901', classCode: '', freightCode: '01', shipperCode: '' },
    },
  },
  { ...imported, data: { ...imported.data, amountProblems: problems } },
  { type: 'OrderEnteredByStaff', data: { ...imported.data, mall: 'store', orderNumber: 'STORE-0001' } },
  { type: 'OrderStatusAdvanced', data: { orderId, from: 'new', to: 'awaiting_payment' } },
  { type: 'OrderStatusMoved', data: { orderId, from: 'completed', to: 'awaiting_shipment' } },
  {
    type: 'OrderRouteAssigned',
    data: {
      orderId,
      route: { routeId: 'r-1', name: '外部倉庫①', statuses: ['new', 'completed'] },
      from: 'new',
      to: 'new',
    },
  },
  {
    type: 'OrderHeld',
    data: {
      orderId,
      box: 12,
      reason: { source: 'rule', ref: 'rule-9', text: '離島のため送料確認' },
      from: 'awaiting_shipment',
    },
  },
  { type: 'OrderReleased', data: { orderId, box: 12, to: 'awaiting_shipment' } },
  { type: 'OrderCancelled', data: { orderId, from: 'held', reason: '㈱髙島 ～ 重複注文', byMall: false } },
  { type: 'OrderTagAdded', data: { orderId, tag: '要確認①' } },
  { type: 'OrderTagRemoved', data: { orderId, tag: '要確認①' } },
  { type: 'OrderShopMemoEdited', data: { orderId, shopMemo: 'ｶﾅ半角 と 全角カナ' } },
  { type: 'OrderSlipNoteEdited', data: { orderId, slipNote: '天地無用' } },
  { type: 'OrderIndividualMessageEdited', data: { orderId, individualMessage: '髙橋様へ①' } },
  {
    type: 'OrderShippingPlanSet',
    data: { orderId, shipping: { carrier: 'fukuyama', slipType: '元払い' }, plannedShipDate: '2026-12-03' },
  },
  { type: 'OrderShippingPlanSet', data: { orderId, shipping: null, plannedShipDate: null } },
  { type: 'OrderChangedAtMall', data: { orderId, changes, amountProblems: problems } },
  {
    type: 'OrderChangeAwaitingConfirmation',
    data: {
      orderId,
      changeId: 'c-2',
      changes: { buyerRemarks: { before: '', after: '至急' } },
      cancelledAtMall: true,
      amountProblems: [],
    },
  },
  {
    type: 'OrderChangeConfirmed',
    data: { orderId, changeId: 'c-2', changes: {}, cancelledAtMall: false, amountProblems: [] },
  },
  { type: 'OrderChangeRejected', data: { orderId, changeId: 'c-2', reason: '出荷済み' } },
  { type: 'OrderChangeWithdrawn', data: { orderId, changeId: 'c-2' } },
  {
    type: 'OrderDocumentsPrinted',
    data: { orderId, tenantId: 't-1', kinds: ['purchase-statement', 'work-sheet'], receiptIssue: null },
  },
  {
    type: 'OrderDocumentsPrinted',
    data: {
      orderId,
      tenantId: 't-1',
      kinds: ['receipt'],
      receiptIssue: 2,
      addressee: '㈱髙島商店',
      proviso: 'お品代として',
    },
  },
  { type: 'OrderReceiptDetailsSet', data: { orderId, addressee: '山﨑 様', proviso: null } },
  {
    type: 'TrackingNumberSet',
    data: {
      orderId,
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber: '444413758703',
      previous: null,
      source: 'import',
      importId: 'ti-1',
    },
  },
  { type: 'PaymentExpected', data: { paymentId: 'p-1', orderId, tenantId: 't-1', method: 'deferred', expected: 4720 } },
  { type: 'PaymentExpectationChanged', data: { paymentId: 'p-1', method: 'cash_on_delivery', from: 4720, to: 5020 } },
  {
    type: 'PaymentReceived',
    data: {
      paymentId: 'p-1',
      receiptId: 'np-1',
      amount: 4720,
      receivedOn: '2026-12-01',
      source: 'np_atobarai',
      reference: 'ﾀｶﾊｼ ﾀﾛｳ',
    },
  },
  {
    type: 'PaymentReceiptReversed',
    data: { paymentId: 'p-1', receiptId: 'np-1', amount: 4720, reason: '別の受注の入金' },
  },
  {
    type: 'PaymentRefunded',
    data: { paymentId: 'p-1', refundId: 'r-1', amount: 280, refundedOn: '2026-12-03', reason: '過入金' },
  },
  {
    type: 'ShipmentPlanned',
    data: {
      shipmentId: 'sh-1',
      orderId,
      tenantId: 't-1',
      destinationIndex: 1,
      carrier: 'sagawa',
      slipType: '元払い',
      plannedShipDate: null,
    },
  },
  { type: 'ShippingMethodChanged', data: { shipmentId: 'sh-1', carrier: 'japanpost', slipType: 'ゆうパケット' } },
  { type: 'TrackingNumberRegistered', data: { shipmentId: 'sh-1', trackingNumber: '123456789012' } },
  {
    type: 'TrackingNumberChanged',
    data: { shipmentId: 'sh-1', previous: '123456789012', trackingNumber: 'EJ123456789JP' },
  },
  { type: 'ShipmentShipped', data: { shipmentId: 'sh-1', shippedOn: '2026-12-02' } },
  {
    type: 'CustomerRegistered',
    data: {
      customerId: 'c-1',
      tenantId: 't-1',
      identityKey: 'email:taro@example.jp',
      name: '髙橋 太郎',
      kana: 'ﾀｶﾊｼ ﾀﾛｳ',
      email: 'ＴＡＲＯ＠Example.JP',
      phone: '０９０－１２３４－５６７８',
    },
  },
  {
    type: 'CustomerPurchaseRecorded',
    data: {
      customerId: 'c-1',
      orderId,
      orderNumber: '387215-20261130-0000001',
      shopId: 'shop-1',
      orderedAt: '2026-11-30T10:15:00+09:00',
      billed: 4720,
    },
  },
  { type: 'CustomerPurchaseWithdrawn', data: { customerId: 'c-1', orderId } },
  { type: 'CustomerBlacklisted', data: { customerId: 'c-1', reason: '受取拒否 ～ 2回' } },
  { type: 'CustomerRemovedFromBlacklist', data: { customerId: 'c-1' } },
  { type: 'StaffUserRenamed', data: { staffUserId: 'u-1', displayName: '髙橋 ﾊﾅｺ①' } },
  {
    type: 'StaffUserRolesChanged',
    data: { staffUserId: 'u-1', roles: ['staff'], permissions: ['orders.process', 'bulletin.post'] },
  },
  { type: 'StaffUserPermissionGranted', data: { staffUserId: 'u-1', permission: 'history.view' } },
  { type: 'StaffUserPermissionRevoked', data: { staffUserId: 'u-1', permission: 'orders.cancel' } },
  { type: 'StaffUserDeactivated', data: { staffUserId: 'u-1' } },
  { type: 'StaffUserReactivated', data: { staffUserId: 'u-1' } },
  {
    type: 'TenantAccessGranted',
    data: { tenantId: 't-1', staffUserId: 'u-9', homeTenantId: 't-2', permissions: ['orders.process'] },
  },
  { type: 'TenantAccessRevoked', data: { tenantId: 't-1', staffUserId: 'u-9' } },
  {
    type: 'BulletinPostPublished',
    data: {
      postId: 'b-1',
      tenantId: 't-1',
      authorId: 'u-1',
      title: '年末年始①',
      body: '１２／２９～１／３は出荷停止\n㈱髙島様は別便',
      pinned: true,
    },
  },
  { type: 'BulletinPostEdited', data: { postId: 'b-1', title: 'ﾈﾝﾏﾂ', body: '～' } },
  { type: 'BulletinPostPinned', data: { postId: 'b-1' } },
  { type: 'BulletinPostUnpinned', data: { postId: 'b-1' } },
  { type: 'BulletinPostDeleted', data: { postId: 'b-1' } },
  {
    type: 'SearchSaved',
    data: {
      savedSearchId: 's-1',
      tenantId: 't-1',
      ownerId: 'u-1',
      resource: 'orders',
      name: '入金待ち①',
      filter: { status: ['new', 'held'], q: 'ﾀｶﾊｼ' },
      sort: { field: 'orderedAt', order: 'DESC' },
      shared: true,
    },
  },
  { type: 'SavedSearchRenamed', data: { savedSearchId: 's-1', name: '髙橋様～' } },
  { type: 'SavedSearchDeleted', data: { savedSearchId: 's-1' } },
  {
    type: 'ImportStarted',
    data: {
      importId: 'i-1',
      tenantId: 't-1',
      shopId: 'shop-1',
      format: 'custom:ヤマダモール',
      files: [{ name: '受注①～.csv', size: 2048 }],
    },
  },
  {
    type: 'ImportCompleted',
    data: {
      importId: 'i-1',
      counts: { imported: 3, updated: 1, unchanged: 0, failed: 1, rows: 7 },
      problems: [{ file: '受注①～.csv', row: 6, column: '個数', ja: '数量「いっこ」', en: 'quantity' }],
      problemCount: 1,
      unreadableFiles: [],
    },
  },
  { type: 'ImportFailed', data: { importId: 'i-1', ja: '取込が途中で止まりました', en: 'stopped' } },
  {
    type: 'ImportMappingDefined',
    data: {
      mappingId: 'm-1',
      tenantId: 't-1',
      shopId: 'shop-1',
      name: 'ヤマダモール',
      mapping: {
        delimiter: ',',
        quoted: true,
        header: true,
        fields: { orderNumber: '受注番号', 'orderer.name': { columns: ['姓', '名'], join: ' ' } },
        dateFormats: ['yyyy年M月d日'],
        paymentMethods: { ｸﾚｼﾞｯﾄ: 'credit_card' },
        cancelledStatuses: ['取消'],
        trueValues: ['○'],
      },
    },
  },
  {
    type: 'ImportMappingChanged',
    data: {
      mappingId: 'm-1',
      mapping: {
        delimiter: '\t',
        quoted: false,
        header: false,
        fields: { orderNumber: '#1' },
        dateFormats: [],
        paymentMethods: {},
        cancelledStatuses: [],
        trueValues: [],
      },
    },
  },
  { type: 'ImportMappingDeleted', data: { mappingId: 'm-1' } },
  {
    type: 'CustomLabelLayoutDefined',
    data: {
      layoutId: 'l-1',
      tenantId: 't-1',
      name: '髙橋の倉庫用①',
      layout: {
        carrier: 'yamato',
        encoding: 'cp932',
        header: true,
        columns: [
          { header: '管理番号', source: { field: 'key' } },
          { header: 'お届け先', source: { join: ['recipient.address', 'recipient.building'], separator: '　' } },
          { header: '伝票番号', source: { fixed: '' }, limit: 12 },
        ],
        keyColumn: 1,
        trackingNumberColumn: 3,
      },
    },
  },
  {
    type: 'CustomLabelLayoutChanged',
    data: {
      layoutId: 'l-1',
      layout: { carrier: null, encoding: 'utf8', header: false, columns: [{ header: '㈱', source: { fixed: '～' } }] },
    },
  },
  { type: 'CustomLabelLayoutRemoved', data: { layoutId: 'l-1' } },
  {
    type: 'MailRequested',
    data: { orderId: 'o-1', mailId: 'm-1', kind: 'follow_up', trigger: 'first', notBefore: '2026-12-13T00:00:00.000Z' },
  },
  { type: 'MailSent', data: { orderId: 'o-1', mailId: 'm-1' } },
  { type: 'MailFailed', data: { orderId: 'o-1', mailId: 'm-1', reason: '550 <address> 宛先不明', final: true } },
  {
    type: 'OrderCheckTripped',
    data: {
      orderId: 'o-1',
      finding: {
        check: 'address',
        destinationIndex: 0,
        data: { postalCode: '530-0001', expected: '大阪府大阪市北区' },
      },
      outcome: 'hold',
      box: 3,
    },
  },
  { type: 'OrderCheckCleared', data: { orderId: 'o-1', check: 'address' } },
  { type: 'OrderCheckResultsAccepted', data: { orderId: 'o-1', checks: ['address', 'remarks'] } },
  {
    type: 'OrderEdited',
    data: {
      orderId: 'o-1',
      changes: { buyerRemarks: { before: '[配送日時指定:]', after: '' } },
      amountProblems: [],
      outdated: ['documents'],
    },
  },
  { type: 'OrderBundleRequested', data: { orderId: 'o-1' } },
  { type: 'OrderBundled', data: { orderId: 'o-1', bundleId: 'b-1', orderIds: ['o-1', 'o-2'] } },
  { type: 'OrderUnbundled', data: { orderId: 'o-1', bundleId: 'b-1' } },
  { type: 'BundledOrderChangedAtMall', data: { orderId: 'o-1', bundleId: 'b-1', outdated: ['labels'] } },
  { type: 'BundlingSettingsSet', data: { tenantId: 't-1', bundleAcrossMalls: true } },
  { type: 'EnquiryReceived', data: { orderId: 'o-1', enquiryId: 'q-1', messageId: 'qm-1' } },
  { type: 'EnquiryAnswered', data: { orderId: 'o-1', enquiryId: 'q-1', messageId: 'qm-2' } },
  { type: 'EnquiryStateChanged', data: { orderId: 'o-1', enquiryId: 'q-1', from: 'in_progress', to: 'done' } },
  {
    type: 'MailTemplateSaved',
    data: {
      tenantId: 't-1',
      shopId: 's-1',
      kind: 'shipped',
      subject: '【髙橋商店】発送①',
      text: '{{注文者名}} 様～',
      mjml: null,
    },
  },
  { type: 'MailTemplateReset', data: { tenantId: 't-1', shopId: 's-1', kind: 'thanks' } },
];

const roundTrip = (event: DomainEvent): DomainEvent => {
  const stored = registry.toNewEvent(event, metadata);
  const recorded = {
    ...stored,
    streamName: 'order-1',
    revision: 0n,
    position: { commit: 1n, prepare: 1n },
    metadata: stored.metadata,
    createdAt: new Date(),
    id: randomUUID(),
  };
  return registry.decode(recorded).event;
};

describe('product events', () => {
  test.each(samples.map((event) => [event.type, event] as const))('%s survives the store', (_type, event) =>
    expect(roundTrip(event)).toEqual(event),
  );

  test('every event type of the product has a sample here', () => {
    const sampled = new Set(samples.map((event) => event.type));
    expect(
      registry.types.filter(
        (type) => !sampled.has(type) && !['TenantRegistered', 'StaffUserRegistered'].includes(type),
      ),
    ).toEqual([]);
  });

  test('a recipient with ㈱ and 髙 is kept as written', () => {
    const event = roundTrip(imported) as typeof imported;
    expect(event.data.mallData.destinations[0]!.recipient).toEqual(recipient);
  });

  test('an event with an unknown status is refused', () =>
    expect(() =>
      registry.toNewEvent({ type: 'OrderStatusMoved', data: { orderId, from: 'new', to: 'shipped' } }, metadata),
    ).toThrow(/OrderStatusMoved/));
});
