/** Whether staff are being answered now: an import gives way to them (application/import/staff-first.ts). */
export interface StaffActivity {
  busy(): boolean;
}
