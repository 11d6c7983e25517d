import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ApiError, orderApi } from '../../dataProvider/orders';

/**
 * Runs one order command against the revision on screen, so that an edit made on a stale page is refused instead of
 * applied over someone else's; resolves whether it was accepted (a refusal is shown with its reason).
 */
export const useOrderCommand = () => {
  const record = useRecordContext<{ id: string; revision: number }>();
  const notify = useNotify();
  const refresh = useRefresh();
  return async (name: string, body: Record<string, unknown>): Promise<boolean> => {
    if (!record) return false;
    try {
      await orderApi.command(record.id, name, { ...body, expectedRevision: record.revision });
      refresh();
      return true;
    } catch (error: unknown) {
      notify(error instanceof ApiError ? error.message : String(error), { type: 'error' });
      return false;
    }
  };
};
