import { useTranslate } from 'react-admin';

/** The malls and carts a shop can be an account on, as domain/order/order-data.ts names them. */
export const MALLS = [
  'rakuten',
  'yahoo',
  'amazon',
  'qoo10',
  'aupay',
  'ponparemall',
  'makeshop',
  'colorme',
  'futureshop',
  'base',
  'eccube',
  'shopserve',
  'phone',
  'fax',
  'store',
  'other',
];

export const mallChoices = MALLS.map((id) => ({ id, name: `oms.malls.${id}` }));

export const MallName = ({ mall }: { mall: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.malls.${mall}`, { _: mall })}</>;
};
