import { useQueryClient } from '@tanstack/react-query';
import { useNotify, useRecordContext } from 'react-admin';
import { ApiError, orderApi } from '../../dataProvider/orders';

/**
 * Runs one order command against the revision on screen, so that an edit made on a stale page is refused instead of
 * applied over someone else's. Resolves whether it was accepted (a refusal is shown with its reason) once the page has
 * read the order again, so an editor closing on success never shows the old value for a moment.
 */
export const useOrderCommand = () => {
  const record = useRecordContext<{ id: string; revision: number }>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return async (name: string, body: Record<string, unknown>): Promise<boolean> => {
    if (!record) return false;
    try {
      await orderApi.command(record.id, name, { ...body, expectedRevision: record.revision });
    } catch (error: unknown) {
      notify(error instanceof ApiError ? error.message : String(error), { type: 'error' });
      return false;
    }
    // What react-admin's refresh does, awaited.
    await queryClient.invalidateQueries();
    return true;
  };
};
