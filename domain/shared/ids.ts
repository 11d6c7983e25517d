import { v5 as uuidv5 } from 'uuid';

/**
 * Ids derived from business keys, so that registering or importing the same thing twice lands on the same stream and
 * the store's expected-revision check refuses the second one. The namespace must never change.
 */
const NAMESPACE = '0f6f5b2e-5d1e-4b7a-9a53-6a2f4c1e8b90';

export const deterministicId = (...parts: readonly string[]): string => uuidv5(parts.join('\u0000'), NAMESPACE);

export const tenantIdFor = (code: string): string => deterministicId('tenant', code);
export const staffUserIdFor = (tenantId: string, username: string): string => deterministicId('staff-user', tenantId, username.toLowerCase());

export const streamName = {
  tenant: (id: string) => `tenant-${id}`,
  staffUser: (id: string) => `staff-${id}`,
} as const;
