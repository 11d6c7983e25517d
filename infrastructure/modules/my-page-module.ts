import { ContainerModule } from 'inversify';
import { TOKENS } from '../container';
import { buyerEnquiries } from '../my-page/buyer-enquiries';

/** The マイページ's seams (its links are bound with the mail's, in mail-module). */
export const myPageModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.BuyerEnquiries).toDynamicValue((c) =>
    buyerEnquiries({ pipeline: c.get(TOKENS.Pipeline), db: c.get(TOKENS.Db) }),
  );
});
