import { loadConfig } from '../../../infrastructure/config';
import type { StartFailure } from '../../../infrastructure/start-failure';

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

  test('every refused value says what to do; a DATABASE_URL is never echoed, it may hold a password', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return error as StartFailure;
      }
      throw new Error('accepted');
    };
    expect(refusal({ EMBEDDED_POSTGRES_PORT: '0' })).toMatchObject({
      what: expect.stringMatching(/^EMBEDDED_POSTGRES_PORT cannot be used: "0"/),
      todo: expect.stringContaining('EMBEDDED_POSTGRES_PORT'),
    });
    expect(refusal({ LOG_LEVEL: 'verbose' }).what).toMatch(/LOG_LEVEL .*"verbose".*info/);
    expect(refusal({ LOG_FORMAT: 'xml' }).what).toMatch(/LOG_FORMAT/);
    const url = refusal({ DATABASE_URL: 'mysql://user:s3cret@host/db' });
    expect(url.what).toMatch(/DATABASE_URL .*postgres:\/\//);
    expect(url.what).not.toContain('s3cret');
  });

  test('TRUST_PROXY: no proxy by default, a number of hops or the proxies; `true` and a broken address are refused', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY .*"true"/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0' })).toThrow(/TRUST_PROXY/);
  });

  test("connections: 10 for requests and 1 of the import's own unless set; 1 to 100, or refused naming the variable", () => {
    expect(loadConfig({})).toMatchObject({ databaseConnections: 10, importConnections: 1 });
    expect(loadConfig({ OMS_DB_CONNECTIONS: '20', OMS_IMPORT_DB_CONNECTIONS: '3' })).toMatchObject({
      databaseConnections: 20,
      importConnections: 3,
    });
    for (const value of ['0', '2.5', '二', '101'])
      expect(() => loadConfig({ OMS_IMPORT_DB_CONNECTIONS: value })).toThrow(/OMS_IMPORT_DB_CONNECTIONS/);
    expect(() => loadConfig({ OMS_DB_CONNECTIONS: '0' })).toThrow(/OMS_DB_CONNECTIONS/);
  });

  test('PUBLIC_URL: http://localhost:PORT by default, the trailing slash dropped; not http(s) or with ? or # refused', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://shop.example.jp/oms/' }).publicUrl).toBe('https://shop.example.jp/oms');
    for (const url of ['shop.example.jp', 'ftp://shop.example.jp', 'https://shop.example.jp/?a=1', 'https://x/#y'])
      expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/);
  });

  test('an empty variable counts as unset', () => {
    expect(loadConfig({ PORT: '', OMS_DATA_DIR: '', LOG_LEVEL: '' })).toMatchObject({
      port: 3000,
      dataDirChosen: false,
      logLevel: 'info',
    });
  });
});
