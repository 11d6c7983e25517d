import pino from 'pino';
import { openDatabase } from '../../../infrastructure/postgres/database';
import { loadConfig } from '../../../infrastructure/config';
import { StartFailure } from '../../../infrastructure/start-failure';
import { createTestDatabase } from '../../support/database';

describe('a DATABASE_URL the server cannot use stops the start with what is wrong', () => {
  test('a wrong password names the user, host and database, never the password, and says to correct it', async () => {
    const database = await createTestDatabase();
    try {
      const url = new URL(database.connectionString);
      url.password = 'wrong-password-42';
      const failure = await openDatabase(loadConfig({ DATABASE_URL: url.toString() }), pino({ level: 'silent' })).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(StartFailure);
      const { what, todo } = failure as StartFailure;
      expect(what).toContain(`DATABASE_URL (${url.username}@${url.hostname}:${url.port}${url.pathname})`);
      expect(what).toContain('refused the user name or password');
      expect(`${what} ${todo}`).not.toContain('wrong-password-42');
      expect(todo).toMatch(/^Correct the user and password in DATABASE_URL/);
    } finally {
      await database.drop();
    }
  });
});
