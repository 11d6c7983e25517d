import { useEffect, useState } from 'react';
import { TextInput, useTranslate } from 'react-admin';
import type { CustomerRank } from '../../../domain/customer/ranks';
import { httpClient } from '../dataProvider/http-client';

/** Ranks as one comma-separated text; the rule keeps a list. */
const listFormat = (v: string[] | undefined) => (v ?? []).join(',');
const listParse = (v: string) =>
  (v ?? '')
    .split(/[,、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The 顧客ランク condition: names typed freely (a rank the table does not have yet is kept), with the tenant's table
 * shown under the input so staff type the names it has.
 */
export const RankInput = () => {
  const translate = useTranslate();
  const [ranks, setRanks] = useState<CustomerRank[]>([]);
  useEffect(() => {
    httpClient('/api/customer-ranks')
      .then(({ json }) => setRanks((json as { ranks: CustomerRank[] }).ranks))
      .catch(() => setRanks([]));
  }, []);
  const names = ranks.map((rank) => translate('resources.automation-rules.inputs.rank', { ...rank })).join('、');
  return (
    <TextInput
      source="ranks"
      label="resources.automation-rules.inputs.ranks"
      format={listFormat}
      parse={listParse}
      helperText={
        ranks.length === 0
          ? translate('resources.automation-rules.inputs.noRanks')
          : translate('resources.automation-rules.inputs.rankTable', { names })
      }
      data-testid="rank-condition"
    />
  );
};
