import type { Command } from 'commander';
import { sql } from 'slonik';
import { MAX_MAILS_PER_REQUEST, requestMails } from '../../application/mail/request-mails';
import { TemplateMailKind } from '../../domain/mail/mail-kind';
import { mailIdFor } from '../../domain/shared/ids';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { type CliServices, withCli } from './cli-context';
import { checkOrderSelection, selectedOrderIds } from './order-selection';
import { operator } from './operator';

interface MailSendOptions {
  readonly tenant: string;
  readonly kind: string;
  readonly status?: string;
  readonly orders?: string;
  readonly json?: boolean;
  /** commander's name for `--no-wait`. */
  readonly wait: boolean;
}

/** Until every mail is sent, finally failed, or waiting for its shop's 携帯メールタイマー window. */
async function untilSettled(cli: CliServices, mailIds: readonly string[]): Promise<{ sent: number; failed: number }> {
  for (;;) {
    // On the plain pool: the worker's recording keeps the read-model connections busy meanwhile.
    const { rows } = await cli.pgPool.query<{ sent: number; failed: number; pending: number }>(
      `SELECT count(*) FILTER (WHERE state = 'sent')::int AS sent,
         count(*) FILTER (WHERE state = 'failed')::int AS failed,
         count(*) FILTER (WHERE state NOT IN ('sent', 'failed') AND (send_after IS NULL OR send_after <= now()))::int
           AS pending
       FROM mail_outbox WHERE mail_id = ANY($1::uuid[])`,
      [mailIds],
    );
    const counts = rows[0]!;
    if (counts.pending === 0) return { sent: counts.sent, failed: counts.failed };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * `oms mail send`: the same request as the status tab's bulk send. The CLI starts a mail worker of its own and waits
 * for it (so it works with no server running; a running server's worker shares the queue, each mail locked by one).
 */
export function registerMailSendCommand(mail: Command): void {
  mail
    .command('send')
    .description('send a mail to the orderers of the orders / メール送信')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--kind <kind>', Object.keys(TemplateMailKind.keys).join(', '))
    .option('--status <status>', 'every order of a status tab (awaiting_shipping_mail, …)')
    .option('--orders <numbers>', 'order numbers, comma-separated')
    .option('--json', 'print {"queued":N,"skipped":N} only')
    .option('--no-wait', 'return once the mails are queued')
    .action((options: MailSendOptions) =>
      withCli(async (cli) => {
        if (!TemplateMailKind.is(options.kind))
          throw new Error(`--kind: ${Object.keys(TemplateMailKind.keys).join(', ')} のいずれかを指定してください`);
        const kind = options.kind;
        checkOrderSelection(options, true);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const orderIds = await selectedOrderIds(cli.db, tenant.id, options, MAX_MAILS_PER_REQUEST);
        if (orderIds.length > MAX_MAILS_PER_REQUEST)
          throw new Error(`一度に送信できるのは${MAX_MAILS_PER_REQUEST}件までです / at most ${MAX_MAILS_PER_REQUEST}`);

        await cli.startMailSending({ worker: options.wait });
        const answer = await requestMails(cli.mailRequests, { ...operator(tenant.id), kind, orderIds });
        const refused = new Set(answer.refused.map((r) => r.orderId));
        const asked = orderIds.filter((id) => !refused.has(id)).map((id) => mailIdFor(id, kind, 'first'));
        const settled = options.wait && asked.length > 0 ? await untilSettled(cli, asked) : undefined;

        if (options.json) console.log(JSON.stringify({ queued: answer.queued, skipped: answer.skipped }));
        else {
          console.log(`メール送信依頼: ${answer.queued}件 / 送信済みのため省略: ${answer.skipped}件`);
          if (settled) console.log(`送信完了: ${settled.sent}件 / 送信失敗: ${settled.failed}件`);
        }
        if (answer.refused.length > 0) {
          const numbers = await orderNumbers(cli, tenant.id, [...refused]);
          for (const r of answer.refused) console.error(`${numbers.get(r.orderId) ?? r.orderId}: ${r.message}`);
          process.exitCode = 1;
        }
        if (settled && settled.failed > 0) process.exitCode = 1;
      }),
    );
}

const orderNumbers = async (cli: CliServices, tenantId: string, orderIds: readonly string[]) =>
  new Map(
    (
      (await cli.db.any(sql.unsafe`
        SELECT id, order_number FROM order_search WHERE tenant_id = ${tenantId} AND id = ANY(${sql.array(orderIds, 'text')})`)) as readonly {
        id: string;
        order_number: string;
      }[]
    ).map((row) => [row.id, row.order_number]),
  );
