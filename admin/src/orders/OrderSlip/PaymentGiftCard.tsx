import { useTranslate } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { LabelledValues } from './LabelledValues';
import { SlipSection } from './SlipSection';

/** 支払方法, ギフト・のし・ラッピング and the buyer's remarks: what the buyer asked for beside the goods. */
export const PaymentGiftCard = ({ data }: { data: Pick<MallOrderData, 'payment' | 'gift' | 'buyerRemarks'> }) => {
  const translate = useTranslate();
  const kind = translate(`oms.payment_methods.${data.payment.method}`);
  // The mall's own wording is what the buyer chose; the kind is shown only when it says something more.
  const payment = data.payment.label === kind ? kind : `${data.payment.label}（${kind}）`;
  return (
    <SlipSection title="oms.order_slip.payment_and_gift">
      <LabelledValues
        rows={[
          ['oms.order_slip.payment', payment],
          ['oms.order_slip.gift', translate(data.gift.isGift ? 'oms.order_slip.yes' : 'oms.order_slip.no')],
          ['oms.order_slip.noshi', data.gift.noshi],
          ['oms.order_slip.wrapping', data.gift.wrapping],
          ['oms.order_slip.buyer_remarks', data.buyerRemarks],
        ]}
      />
    </SlipSection>
  );
};
