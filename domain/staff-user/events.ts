import * as t from 'io-ts';

export const StaffRole = t.keyof({ admin: null, staff: null });
export type StaffRole = t.TypeOf<typeof StaffRole>;

export const StaffUserRegistered = t.strict({
  type: t.literal('StaffUserRegistered'),
  data: t.strict({ staffUserId: t.string, tenantId: t.string, username: t.string, displayName: t.string, roles: t.array(StaffRole) }),
});
export type StaffUserRegistered = t.TypeOf<typeof StaffUserRegistered>;

export type StaffUserEvent = StaffUserRegistered;
