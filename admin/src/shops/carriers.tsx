import { useTranslate } from 'react-admin';
import { Carrier } from '../../../domain/shared/carrier';

/** The carriers the product writes label data for, in the domain's order; labels under oms.carriers.<key>. */
export const CARRIERS = Object.keys(Carrier.keys) as readonly Carrier[];

export const carrierChoices = CARRIERS.map((id) => ({ id, name: `oms.carriers.${id}` }));

export const CarrierName = ({ carrier }: { carrier: string | null | undefined }) => {
  const translate = useTranslate();
  return <>{carrier ? translate(`oms.carriers.${carrier}`, { _: carrier }) : ''}</>;
};
