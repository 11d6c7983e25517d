import type { RequestHandler } from 'express';
import type { StaffActivity } from '../../application/ports/staff-activity';

/** After a request, staff count as working for this long: the next click of someone paging a list is on its way. */
const STILL_WORKING_MS = 250;
/** Not staff work: an upload waiting for its own import, the admin watching it, and health checks. */
const NOT_STAFF_WORK = /^\/(imports|health)(\/|$)/;

/** Counts the API requests being answered, so that a running import can give way to them (staff-first.ts). */
export class StaffRequests implements StaffActivity {
  private inFlight = 0;
  private lastEndedAt = 0;

  busy(): boolean {
    return this.inFlight > 0 || performance.now() - this.lastEndedAt < STILL_WORKING_MS;
  }

  readonly middleware: RequestHandler = (req, res, next) => {
    if (NOT_STAFF_WORK.test(req.path)) return next();
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
      this.lastEndedAt = performance.now();
    });
    next();
  };
}
