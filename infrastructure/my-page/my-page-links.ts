import type { DatabasePool } from 'slonik';
import type { MyPageLinks } from '../../application/mail/prepare-mail';
import { signMyPageToken } from '../../application/my-page/my-page-token';
import type { Clock } from '../../application/ports/clock';
import { loadMyPageKeys } from './my-page-keys';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `{{マイページURL}}`: `${PUBLIC_URL}/my/<token>`, signed with the current key, valid for `days` from now. */
export const signedMyPageLinks = (db: DatabasePool, clock: Clock, publicUrl: string): MyPageLinks => ({
  urlFor: async (tenantId, orderId, days) => {
    const expiresAt = new Date(clock.now().getTime() + days * DAY_MS);
    return `${publicUrl}/my/${signMyPageToken({ tenantId, orderId, expiresAt }, await loadMyPageKeys(db))}`;
  },
});
