import type { CheckFinding } from './check-finding';

/**
 * A finding in the words staff read on the order and in the list:
 * 「郵便番号 530-0001 は 大阪府大阪市北区 ですが、住所は 東京都新宿区 です」.
 * PLACEHOLDER until the checks land: names the check only.
 */
export const describeFinding = (finding: CheckFinding): { readonly ja: string; readonly en: string } => ({
  ja: finding.check,
  en: finding.check,
});
