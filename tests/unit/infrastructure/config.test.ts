import { loadConfig } from '../../../infrastructure/config';

describe('loadConfig', () => {
  test('defaults: port 3000, embedded PostgreSQL, events in PostgreSQL, 25 s for running imports at stop', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      eventStoreUrl: undefined,
      logLevel: 'info',
      stopGraceSeconds: 25,
    });
  });

  test('values from the environment', () => {
    expect(loadConfig({ PORT: '0', OMS_STOP_GRACE_SECONDS: '0', DATABASE_URL: 'postgres://h/db' })).toMatchObject({
      port: 0,
      stopGraceSeconds: 0,
      databaseUrl: 'postgres://h/db',
    });
  });

  test('a port or a grace that is not a number is refused, naming the variable', () => {
    expect(() => loadConfig({ PORT: '８０' })).toThrow(/PORT/);
    expect(() => loadConfig({ OMS_STOP_GRACE_SECONDS: '二十五' })).toThrow(/OMS_STOP_GRACE_SECONDS/);
    expect(() => loadConfig({ OMS_STOP_GRACE_SECONDS: '-1' })).toThrow(/OMS_STOP_GRACE_SECONDS/);
  });
});
