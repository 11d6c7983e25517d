import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { refusalText } from '../../application/commands/refusals';
import { completeSmtpServer, isHostName, parseFromAddress } from '../../domain/mail/from-address';
import { SmtpSecurity } from '../../domain/mail/mail-behaviour';
import { shopIdFor } from '../../domain/shared/ids';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { findShopView } from '../../projections/accounts/shop-queries';
import { changeShopSmtp } from '../mail/mail-settings-service';
import { dnsRecords } from '../mail/smtp-settings-store';
import { withCli } from './cli-context';
import { operator } from './operator';

const SECURITY = { starttls: 'starttls', tls: 'tls', none: 'starttls-if-offered' } as const;

interface SmtpOptions {
  tenant: string;
  shop: string;
  host?: string;
  port?: string;
  user?: string;
  passwordEnv?: string;
  from: string;
  security?: string;
  rakutenRelay?: boolean;
}

/** The options as settings, or the first thing wrong with them (thrown, in both languages). */
function settingsOf(options: SmtpOptions) {
  const relay = options.rakutenRelay === true;
  const security = options.security === undefined ? undefined : SECURITY[options.security as keyof typeof SECURITY];
  if (options.security !== undefined && !SmtpSecurity.is(security))
    throw new Error('--security: starttls, tls, none のいずれかです / one of starttls, tls, none');
  const server = completeSmtpServer({
    relay,
    host: options.host,
    port: options.port === undefined ? undefined : Number(options.port),
    security,
  });
  if ('missing' in server || !isHostName(server.host))
    throw new Error('--host: ホスト名を指定してください / a host name is needed');
  const { port } = server;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('--port: 1〜65535 の番号です / a port from 1 to 65535 is needed');
  if (!parseFromAddress(options.from))
    throw new Error(`--from: 「${options.from}」は送信元アドレスとして読めません / not a From address`);
  // The password never on the command line (shell history, ps): only the name of the variable that holds it.
  let password: string | undefined;
  if (options.passwordEnv !== undefined) {
    password = process.env[options.passwordEnv];
    if (!password)
      throw new Error(`環境変数 ${options.passwordEnv} が空です / the variable ${options.passwordEnv} is empty`);
  }
  return {
    mode: relay ? ('rakuten-relay' as const) : ('smtp' as const),
    ...server,
    user: options.user ?? null,
    password: options.user === undefined ? null : password,
    from: options.from,
  };
}

/** `oms mail smtp`: a shop's SMTP server (or 楽天's relay), saved as the admin's メール設定 saves it. */
export function registerMailSmtpCommand(mail: Command): void {
  mail
    .command('smtp')
    .description("set a shop's SMTP server; prints what was saved (never the password) and the DNS records to publish")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--shop <code>', 'shop code')
    .option('--host <host>', 'SMTP host (楽天 relay: its host unless given)')
    .option('--port <port>', 'SMTP port (587, 465, 25; 楽天 relay: its port unless given)')
    .option('--user <user>', 'SMTP AUTH user')
    .option('--password-env <VAR>', 'name of the environment variable holding the SMTP password')
    .requiredOption('--from <address>', 'From address, e.g. "髙橋商店 <info@example.jp>"')
    .option('--security <mode>', 'starttls (required), tls (from the first byte, 465) or none (STARTTLS if offered)')
    .option('--rakuten-relay', "楽天あんしんメルアドサービス: send through 楽天's relay with the registered sender")
    .action((options: SmtpOptions) =>
      withCli(async (cli) => {
        const settings = settingsOf(options);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const shop = await findShopView(cli.db, tenant.id, shopIdFor(tenant.id, options.shop));
        if (!shop) throw new Error(`no shop ${options.shop} / 店舗が見つかりません`);
        const saved = await changeShopSmtp(cli, operator(tenant.id), shop.id, settings);
        if (E.isLeft(saved)) throw new Error(refusalText(saved.left));
        const s = saved.right!;
        console.log(`SMTP of shop ${shop.code} saved / 保存しました`);
        console.log(`  mode:     ${s.mode}`);
        console.log(`  server:   ${s.host}:${s.port} (${s.security})`);
        console.log(`  user:     ${s.user ?? '(none)'}${s.passwordSet ? ' (password set / パスワード設定済み)' : ''}`);
        console.log(`  from:     ${s.from}`);
        const records = await dnsRecords(cli.db, tenant.id, shop.id);
        if (records.length === 0) console.log('DNS: nothing to publish here (楽天 signs what its relay sends)');
        else {
          console.log('DNS records to publish / 公開する DNS レコード:');
          for (const r of records) console.log(`  ${r.name}\t${r.type}\t"${r.value}"`);
        }
      }),
    );
}
