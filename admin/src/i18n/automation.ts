import { CHECK_LABELS } from '../../../domain/checks/check-labels';

/** The automation settings screens' words: `oms.checks` and `resources.automation-rules / check-settings / caution-areas`. */
export const checksJapanese = {
  kinds: CHECK_LABELS,
  modes: { off: 'しない', warn: '警告', hold: '保留' },
  panel: 'チェック結果',
  none: 'チェックで見つかったことはありません',
  outcome: { held: '保留ボックス%{box}に保留', warned: '警告' },
  accepted: '確認済み（%{by}）',
  unaccepted: '未確認',
};
export const checksEnglish: typeof checksJapanese = {
  kinds: {
    address: 'Address',
    house_number: 'No house number',
    caution_area: 'Caution area / remote island',
    blacklist: 'Blacklist',
    ship_date: 'Planned ship date',
    delivery_date: 'Delivery date',
    amounts: 'Amounts do not add up',
    duplicate: 'Suspected duplicate',
    remarks: 'Remarks',
  },
  modes: { off: 'Off', warn: 'Warn', hold: 'Hold' },
  panel: 'Check results',
  none: 'No check tripped',
  outcome: { held: 'Held in box %{box}', warned: 'Warning' },
  accepted: 'Accepted (%{by})',
  unaccepted: 'Not accepted',
};

const ruleInputsJapanese = {
  min: '以上', max: '以下', shops: '店舗', malls: 'モール', methods: '支払方法', contains: '含む文字', prefectures: '都道府県',
  from: '郵便番号（から）', to: '郵便番号（まで）', is: 'あり', ranks: 'ランク（カンマ区切り）',
  rank: '%{name}（%{minPurchases}回以上）', rankTable: '顧客ランク表: %{names}', noRanks: '顧客ランク表は空です（顧客ランク画面で登録）', tag: 'タグ', check: 'チェック',
  route: '処理ルート', box: '保留ボックス', reason: '保留理由', carrier: '配送方法', slipType: '送り状種別', days: '営業日後',
  sku: 'SKU', name: '商品名', unitPrice: '単価', quantity: '数量', taxRate: '税率', text: '内容', mailKind: 'メール',
  removeBoilerplate: 'モールの定型文を削除', parseDeliveryDate: '備考の配送希望日を取り込む',
  groups_match: 'グループの組み合わせ', groups: '条件グループ', match: 'グループ内', conditions: '条件', field: '項目',
  actions: '処理', kind: '処理内容',
}; // prettier-ignore
const ruleInputsEnglish: typeof ruleInputsJapanese = {
  min: 'At least', max: 'At most', shops: 'Shops', malls: 'Malls', methods: 'Payment', contains: 'Contains',
  prefectures: 'Prefectures', from: 'Postal code from', to: 'Postal code to', is: 'Yes', ranks: 'Ranks (comma separated)',
  rank: '%{name} (%{minPurchases}+)', rankTable: 'Rank table: %{names}', noRanks: 'The rank table is empty (see Customer ranks)',
  tag: 'Tag', check: 'Check', route: 'Processing route', box: 'Hold box', reason: 'Hold reason', carrier: 'Carrier',
  slipType: 'Slip type', days: 'Business days', sku: 'SKU', name: 'Product name', unitPrice: 'Unit price',
  quantity: 'Quantity', taxRate: 'Tax rate', text: 'Text', mailKind: 'Mail', removeBoilerplate: 'Remove mall boilerplate',
  parseDeliveryDate: 'Take a delivery date from the remarks', groups_match: 'Groups joined by', groups: 'Condition groups',
  match: 'Within the group', conditions: 'Conditions', field: 'Field', actions: 'Actions', kind: 'Action',
}; // prettier-ignore

export const automationResourcesJapanese = {
  'automation-rules': {
    name: '自動処理設定',
    new: '自動処理ルールの追加',
    fields: {
      position: '順番',
      enabled: '有効',
      name: 'ルール名',
      summary: '内容',
      stop: '一致したら以降のルールを実行しない',
    },
    order: '並び替え',
    move_up: '上へ',
    move_down: '下へ',
    incomplete: '（入力中：条件と処理をすべて入力すると内容が表示されます）',
    match: { all: 'すべてに一致', any: 'いずれかに一致' },
    inputs: ruleInputsJapanese,
    fields_of_condition: {
      shop: '店舗', mall: 'モール', payment: '支払方法', total: '合計金額', sku: 'SKU', product_name: '商品名',
      quantity: '数量', prefecture: '都道府県', postal_range: '郵便番号の範囲', destination_count: '送付先数',
      gift: 'ギフト', delivery_date_set: '配送希望日の指定', time_slot: '配送時間帯', remarks: '備考',
      purchase_count: '購入回数', rank: '顧客ランク', tag: 'タグ', check: 'チェック結果',
    }, // prettier-ignore
    action_kinds: {
      tag: 'タグ付け', route: '処理ルート', hold: '保留', shipping: '配送方法・送り状種別', ship_date_offset: '出荷予定日',
      add_item: '商品の自動追加', shop_memo: '一言メモ', slip_note: '送り状記事欄', individual_message: '個別メッセージ',
      mail: 'メール送信の予約', edit_remarks: '注文備考欄の自動編集', bundle: '同梱候補とまとめる',
    }, // prettier-ignore
    dry_run: {
      button: 'ドライラン',
      days: '過去の日数',
      examined: '%{examined}件の受注のうち %{matched}件',
      order: '受注番号',
      would_do: 'このルールの処理',
      happened: '実際の処理',
      differs: '差分',
      yes: 'あり',
    },
  },
  'check-settings': {
    name: 'チェック設定',
    fields: {
      shopName: '店舗',
      custom: '設定済み',
      holding: '保留するチェック',
      mode: '動作',
      box: '保留ボックス',
      duplicateWithinHours: '重複注文とみなす時間（時間）',
      maxDeliveryDaysAhead: '配送指定日の上限（注文日から何日後まで）',
      remarkKeywords: '備考キーワード',
    },
    help: { keywords: '1行に1つ。空のときは備考があればチェックします' },
  },
  'caution-areas': {
    name: '要注意発送地域',
    help: '郵便番号・郵便番号の範囲・住所の先頭（都道府県＋市区町村）ごとに、離島・中継料などの区分と対象の運送会社を登録します。',
    shipped: '初期リストを使っています。保存するとこの会社の表になります。',
    saved: '要注意発送地域を保存しました',
    reset: '初期リストに戻す',
    kinds: { postal: '郵便番号', postal_range: '郵便番号の範囲', address_prefix: '住所の先頭' },
    fields: {
      areas: '地域',
      kind: '種類',
      code: '郵便番号',
      from: 'から',
      to: 'まで',
      prefix: '住所（先頭）',
      labels: '区分',
      carriers: '運送会社（空：すべて）',
      note: '備考',
    },
  },
  'customer-ranks': {
    name: '顧客ランク',
    help: '購入回数（今回の注文を含む）でお客様のランクを決めます。回数が届くランクのうち、いちばん上のランクになります。自動処理ルールの「顧客ランク」条件で使います。空にするとランクなしです。',
    saved: '顧客ランクを保存しました',
    fields: { ranks: 'ランク', name: 'ランク名（20文字まで）', minPurchases: '購入回数（以上）' },
  },
};

export const automationResourcesEnglish: typeof automationResourcesJapanese = {
  'automation-rules': {
    name: 'Automation rule |||| Automation rules',
    new: 'New automation rule',
    fields: {
      position: 'Order',
      enabled: 'On',
      name: 'Name',
      summary: 'What it does',
      stop: 'Stop the rules after this one when it matches',
    },
    order: 'Move',
    move_up: 'Up',
    move_down: 'Down',
    incomplete: '(fill in every condition and action to see the summary)',
    match: { all: 'All match', any: 'Any matches' },
    inputs: ruleInputsEnglish,
    fields_of_condition: {
      shop: 'Shop', mall: 'Mall', payment: 'Payment', total: 'Total', sku: 'SKU', product_name: 'Product name',
      quantity: 'Quantity', prefecture: 'Prefecture', postal_range: 'Postal code range', destination_count: 'Destinations',
      gift: 'Gift', delivery_date_set: 'Delivery date set', time_slot: 'Time slot', remarks: 'Remarks',
      purchase_count: 'Purchase count', rank: 'Customer rank', tag: 'Tag', check: 'Check result',
    }, // prettier-ignore
    action_kinds: {
      tag: 'Tag', route: 'Processing route', hold: 'Hold', shipping: 'Carrier and slip type', ship_date_offset: 'Planned ship date',
      add_item: 'Add an item', shop_memo: 'Shop memo', slip_note: 'Slip note', individual_message: 'Individual message',
      mail: 'Mark for a mail', edit_remarks: 'Edit the remarks', bundle: 'Merge with bundle candidates',
    }, // prettier-ignore
    dry_run: {
      button: 'Dry run',
      days: 'Past days',
      examined: '%{matched} of %{examined} orders',
      order: 'Order number',
      would_do: 'This rule would',
      happened: 'What happened',
      differs: 'Differs',
      yes: 'Yes',
    },
  },
  'check-settings': {
    name: 'Check settings',
    fields: {
      shopName: 'Shop',
      custom: 'Customised',
      holding: 'Checks that hold',
      mode: 'Mode',
      box: 'Hold box',
      duplicateWithinHours: 'Duplicate window (hours)',
      maxDeliveryDaysAhead: 'Latest delivery date (days after the order)',
      remarkKeywords: 'Remark keywords',
    },
    help: { keywords: 'One per line; with none, any remark trips the check' },
  },
  'caution-areas': {
    name: 'Caution areas',
    help: 'Per postal code, postal code range or address prefix (prefecture and city): labels such as remote island or relay fee, and the carriers they apply to.',
    shipped: 'This is the shipped list. Saving makes it your own table.',
    saved: 'Caution areas saved',
    reset: 'Back to the shipped list',
    kinds: { postal: 'Postal code', postal_range: 'Postal code range', address_prefix: 'Address prefix' },
    fields: {
      areas: 'Areas',
      kind: 'Kind',
      code: 'Postal code',
      from: 'From',
      to: 'To',
      prefix: 'Address prefix',
      labels: 'Labels',
      carriers: 'Carriers (empty: all)',
      note: 'Note',
    },
  },
  'customer-ranks': {
    name: 'Customer ranks',
    help: "A customer's rank by purchase count (this order included): the highest rank whose count they reach. Rules read it in their customer rank condition. Empty: no ranks.",
    saved: 'Customer ranks saved',
    fields: { ranks: 'Ranks', name: 'Rank name (up to 20 characters)', minPurchases: 'Purchases (at least)' },
  },
};
