import { useTranslate } from 'react-admin';

/** The carriers the product writes label data for, as domain/shared/carrier.ts names them. */
export const CARRIERS = ['yamato', 'sagawa', 'japanpost', 'seino', 'fukuyama', 'other'];

export const carrierChoices = CARRIERS.map((id) => ({ id, name: `oms.carriers.${id}` }));

export const CarrierName = ({ carrier }: { carrier: string | null | undefined }) => {
  const translate = useTranslate();
  return <>{carrier ? translate(`oms.carriers.${carrier}`, { _: carrier }) : ''}</>;
};
