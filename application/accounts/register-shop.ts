import { randomUUID } from 'node:crypto';
import type * as E from 'fp-ts/Either';
import type { Mall } from '../../domain/order/order-data';
import { shopIdFor, streamName } from '../../domain/shared/ids';
import { shopDecider } from '../../domain/shop/shop';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../commands/command-handler';
import type { ShopState } from '../../domain/shop/shop';

export function registerShop(
  commands: CommandHandler,
  actor: string,
  request: { tenantId: string; code: string; mall: Mall; name: string },
  ids: { commandId?: string; correlationId?: string } = {},
): Promise<E.Either<CommandFailure, CommandSuccess<ShopState>>> {
  const shopId = shopIdFor(request.tenantId, request.code);
  return commands.handle(
    shopDecider,
    streamName.shop(shopId),
    { type: 'RegisterShop', shopId, ...request },
    {
      tenantId: request.tenantId,
      actor,
      commandId: ids.commandId ?? randomUUID(),
      correlationId: ids.correlationId ?? randomUUID(),
    },
    { commandName: 'RegisterShop' },
  );
}
