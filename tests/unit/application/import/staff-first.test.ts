import { STAFF_SHARE, staffFirst } from '../../../../application/import/staff-first';
import { StaffRequests } from '../../../../infrastructure/http/staff-requests';
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';

describe('staffFirst: an import gives way to staff after each batch', () => {
  const batch = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  test('with staff working, it pauses STAFF_SHARE times the batch, after the batch', async () => {
    const steps: string[] = [];
    const pauses: number[] = [];
    const paused = await staffFirst(
      { busy: () => true },
      async () => {
        await batch();
        steps.push('batch');
      },
      async (ms) => {
        steps.push('pause');
        pauses.push(ms);
      },
    );
    expect(steps).toEqual(['batch', 'pause']);
    expect(pauses).toEqual([paused]);
    // The batch took at least its 5 ms timer (less a millisecond of timer rounding).
    expect(paused).toBeGreaterThanOrEqual(STAFF_SHARE * 4);
  });

  test('with nobody working (a night import, the CLI), it never pauses', async () => {
    const pauses: number[] = [];
    expect(await staffFirst({ busy: () => false }, batch, async (ms) => void pauses.push(ms))).toBe(0);
    expect(await staffFirst(undefined, batch, async (ms) => void pauses.push(ms))).toBe(0);
    expect(pauses).toEqual([]);
  });
});

describe('StaffRequests: which requests count as staff working', () => {
  const request = (path: string) => {
    const res = new EventEmitter() as unknown as Response;
    return { req: { path } as Request, res };
  };

  test('busy while a request is answered; the import upload, watching it and health checks do not count', () => {
    const staff = new StaffRequests();
    expect(staff.busy()).toBe(false);
    for (const path of ['/imports', '/imports/0b6b2c1e/problems.csv', '/health']) {
      const { req, res } = request(path);
      staff.middleware(req, res, () => undefined);
      expect(staff.busy()).toBe(false);
    }
    const list = request('/orders');
    staff.middleware(list.req, list.res, () => undefined);
    expect(staff.busy()).toBe(true);
    (list.res as unknown as EventEmitter).emit('close');
    // Someone paging a list clicks again at once: still working just after the answer.
    expect(staff.busy()).toBe(true);
  });
});
