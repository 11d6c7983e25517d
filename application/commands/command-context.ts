/** Who sends a command and why; becomes the metadata of every event the command writes. */
export interface CommandContext {
  readonly tenantId: string;
  /** A staff user id, `system`, or `rule:<id>`. */
  readonly actor: string;
  /** Re-sending a command with the same id writes nothing new. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId?: string;
}
