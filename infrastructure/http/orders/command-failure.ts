import type { CommandFailure } from '../../../application/commands/command-handler';
import { ORDER_NOT_FOUND } from '../../../application/orders/tenant-orders';

/** A failed command as HTTP: 404 for a missing (or another tenant's) order, 409 for a stale edit, 422 for a refusal. */
export function commandFailure(result: CommandFailure): { status: number; body: Record<string, unknown> } {
  if (result.kind === 'conflict') {
    return {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          ja: '他の担当者が先にこの受注を更新しました。最新の内容を確認してください',
          en: 'someone changed this order first; reload it',
        },
        currentRevision: result.currentRevision === undefined ? null : Number(result.currentRevision),
      },
    };
  }
  return { status: result.error.code === ORDER_NOT_FOUND.code ? 404 : 422, body: { error: result.error } };
}
