import type { CannedPhraseCategory } from './events';

export interface CannedPhrase {
  readonly category: CannedPhraseCategory;
  readonly text: string;
}

/**
 * The phrases every tenant has from the start, under fixed ids, until it changes or removes them: the reasons a
 * Japanese shop gives most often.
 */
export const DEFAULT_CANNED_PHRASES: Readonly<Record<string, CannedPhrase>> = {
  'default-hold-address': { category: 'hold', text: '住所不備のため確認中' },
  'default-hold-payment': { category: 'hold', text: '入金確認中' },
  'default-hold-stock': { category: 'hold', text: '在庫切れ（入荷待ち）' },
  'default-hold-customer': { category: 'hold', text: 'お客様へ確認中' },
  'default-hold-date': { category: 'hold', text: 'お届け日指定のため出荷待ち' },
  'default-cancel-customer': { category: 'cancel', text: 'お客様都合によるキャンセル' },
  'default-cancel-stock': { category: 'cancel', text: '在庫切れ' },
  'default-cancel-payment': { category: 'cancel', text: '期限までにご入金がなかったため' },
  'default-cancel-duplicate': { category: 'cancel', text: '重複注文のため' },
  'default-memo-called': { category: 'memo', text: 'お客様に電話で確認済み' },
  'default-mail-thanks': { category: 'mail', text: 'このたびはご注文いただき誠にありがとうございます。' },
};
