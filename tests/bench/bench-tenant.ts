import { randomBytes } from 'node:crypto';
import { createPool } from 'slonik';
import { createApiToken } from '../../infrastructure/accounts/api-tokens';
import { findPrincipalBySignInName } from '../../projections/accounts/principal-query';
import { runCli } from '../support/cli';

/**
 * An API token for the administrator `owner` of tenant `code`; the tenant is set up through the CLI (`oms setup`) when
 * the database does not have it yet.
 */
export async function benchApiToken(connectionString: string, code: string): Promise<string> {
  const db = await createPool(connectionString, { maximumPoolSize: 1 });
  try {
    if (!(await findPrincipalBySignInName(db, code, 'owner'))) {
      const env = { DATABASE_URL: connectionString, OMS_ADMIN_PASSWORD: randomBytes(12).toString('base64url') };
      const setup = await runCli(['setup', '--tenant', code, '--admin', 'owner'], env);
      if (setup.code !== 0) throw new Error(`setup failed: ${setup.stderr}`);
    }
    const principal = (await findPrincipalBySignInName(db, code, 'owner'))!;
    return await createApiToken(db, principal.tenantId, principal.staffUserId);
  } finally {
    await db.end();
  }
}
