import { ContainerModule } from 'inversify';
import { PostgreSqlCredentials } from '../accounts/postgresql-credentials';
import { TOKENS } from '../container';

/** Staff users' passwords, kept apart from the event stream. */
export const accountsModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.Credentials).toDynamicValue((c) => new PostgreSqlCredentials(c.get(TOKENS.Db)));
});
