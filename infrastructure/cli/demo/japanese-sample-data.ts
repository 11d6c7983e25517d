/** Realistic material for demo orders: names with kana, addresses with postal codes, products by tax rate. */
export const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['髙橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['齋藤', 'サイトウ'],
];

export const GIVEN_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['太郎', 'タロウ'],
  ['花子', 'ハナコ'],
  ['健一', 'ケンイチ'],
  ['美咲', 'ミサキ'],
  ['翔太', 'ショウタ'],
  ['陽菜', 'ヒナ'],
  ['大輔', 'ダイスケ'],
  ['由美', 'ユミ'],
  ['蓮', 'レン'],
  ['結衣', 'ユイ'],
  ['悠真', 'ユウマ'],
  ['さくら', 'サクラ'],
];

export const ADDRESSES: ReadonlyArray<{ postalCode: string; prefecture: string; city: string; street: string }> = [
  { postalCode: '150-0001', prefecture: '東京都', city: '渋谷区神宮前', street: '1-2-3' },
  { postalCode: '530-0001', prefecture: '大阪府', city: '大阪市北区梅田', street: '3丁目1番5号' },
  { postalCode: '460-0008', prefecture: '愛知県', city: '名古屋市中区栄', street: '4-5-6' },
  { postalCode: '060-0001', prefecture: '北海道', city: '札幌市中央区北一条西', street: '2丁目' },
  { postalCode: '812-0011', prefecture: '福岡県', city: '福岡市博多区博多駅前', street: '2-1-1' },
  { postalCode: '980-0021', prefecture: '宮城県', city: '仙台市青葉区中央', street: '1-10-1' },
  { postalCode: '900-0015', prefecture: '沖縄県', city: '那覇市久茂地', street: '1-1-1' },
  { postalCode: '907-1541', prefecture: '沖縄県', city: '八重山郡竹富町', street: '波照間85' },
];

export const BUILDINGS = ['', '', '', 'メゾン①～201号', 'グランドハイツ髙田 303', '㈱サンプル商事 総務部'];

export const PRODUCTS: ReadonlyArray<{
  sku: string;
  name: string;
  options: string;
  unitPrice: number;
  taxRate: 8 | 10;
}> = [
  { sku: 'TEA-001', name: '静岡茶①～特選～', options: '容量:100g', unitPrice: 1080, taxRate: 8 },
  { sku: 'RICE-5KG', name: '新潟県産コシヒカリ 5kg', options: '精米:白米', unitPrice: 3480, taxRate: 8 },
  { sku: 'SWEETS-12', name: '季節の和菓子詰め合わせ 12個入', options: '', unitPrice: 2700, taxRate: 8 },
  { sku: 'CUP-01', name: '有田焼 湯呑み', options: '色:藍', unitPrice: 2200, taxRate: 10 },
  { sku: 'TOWEL-3', name: '今治タオル フェイスタオル3枚組', options: 'カラー:ホワイト', unitPrice: 3300, taxRate: 10 },
  { sku: 'SOAP-GIFT', name: '無添加石けんギフト', options: 'のし:可', unitPrice: 1650, taxRate: 10 },
];

export const TIME_SLOTS = [null, '午前中', '14:00～16:00', '16:00～18:00', '18:00～20:00', '19:00～21:00'];
