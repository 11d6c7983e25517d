/** 元着区分: 1 元払, 2 着払. e-コレクト (代引) is 元払 with 代引金額 set. */
export const SAGAWA_PAYER: Readonly<Record<string, string>> = {
  発払い: '1',
  発払: '1',
  元払い: '1',
  元払: '1',
  コレクト: '1',
  代金引換: '1',
  代引: '1',
  'e-コレクト': '1',
  着払い: '2',
  着払: '2',
};

export const SAGAWA_COLLECTING = new Set(['コレクト', '代金引換', '代引', 'e-コレクト']);

/** 配達指定時間帯 (furumaru sagawa.go): 01 午前中, 12 12-14, 14 14-16, 16 16-18, 18 18-20, 04 18-21, 19 19-21. */
export const SAGAWA_TIME_SLOTS = {
  am: '01',
  '12-14': '12',
  '14-16': '14',
  '16-18': '16',
  '18-20': '18',
  '18-21': '04',
  '19-21': '19',
} as const;
