/** Password hashes live outside the event log so they can be changed and erased. */
export interface Credentials {
  setPassword(staffUserId: string, password: string): Promise<void>;
  verifyPassword(staffUserId: string, password: string): Promise<boolean>;
}
