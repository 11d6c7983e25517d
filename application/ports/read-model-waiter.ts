import type { GlobalPosition } from './event-store';

/** What a command wrote, so that only the read models that read such events are waited for. */
export interface Written {
  readonly position: GlobalPosition | undefined;
  readonly streamName: string;
  readonly eventTypes: readonly string[];
}

/**
 * Read-your-writes: resolves true once the read models show what was written, false if they did not catch up in the
 * time the adapter allows (the write stands either way; only the screens are behind).
 */
export interface ReadModelWaiter {
  waitFor(written: Written): Promise<boolean>;
}
