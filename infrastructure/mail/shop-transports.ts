import type { DatabasePool } from 'slonik';
import type { MailSender, MailTransports } from '../../application/mail/ports';
import { catcherSender } from './mail-catcher';
import { type SmtpSender, smtpSender, smtpTransport } from './smtp-sender';
import { loadSmtpSettings, smtpVersion } from './smtp-settings-store';

export interface ShopTransports extends MailTransports {
  /**
   * 接続テスト: connects to the shop's stored server, greets, upgrades to TLS and authenticates as a send would, and
   * says OK or the server's answer; undefined when the shop has no SMTP configured.
   */
  check(tenantId: string, shopId: string): Promise<{ ok: boolean; message: string } | undefined>;
  /** Closes every cached sender's connections (the container's close). */
  close(): void;
}

/**
 * Each shop's way out: its SMTP server (its pooled sender cached, DKIM key and all) or, with none configured, the local
 * catcher. The stored version is read on every call, so settings changed by another process (the CLI, another server)
 * count from the next mail; only a changed version rebuilds the sender and opens the secrets again.
 */
export function shopTransports(db: DatabasePool, options: { extraCa?: string } = {}): ShopTransports {
  const cache = new Map<string, { version: number; sender: SmtpSender }>();
  const building = new Map<string, Promise<SmtpSender>>();

  const build = async (key: string, tenantId: string, shopId: string): Promise<MailSender> => {
    const loaded = await loadSmtpSettings(db, tenantId, shopId);
    if (!loaded) return catcherSender(db, tenantId, shopId);
    const sender = smtpSender({ ...loaded.settings, extraCa: options.extraCa });
    cache.get(key)?.sender.close();
    cache.set(key, { version: loaded.version, sender });
    return sender;
  };

  return {
    async forShop(tenantId, shopId) {
      const key = `${tenantId}/${shopId}`;
      const version = await smtpVersion(db, tenantId, shopId);
      const cached = cache.get(key);
      if (version === null) {
        cached?.sender.close();
        cache.delete(key);
        return catcherSender(db, tenantId, shopId);
      }
      if (cached?.version === version) return cached.sender;
      // Mails sent side by side for a shop whose settings changed share one rebuild.
      let pending = building.get(key);
      if (!pending) {
        pending = build(key, tenantId, shopId).finally(() => building.delete(key)) as Promise<SmtpSender>;
        building.set(key, pending);
      }
      return pending;
    },
    async check(tenantId, shopId) {
      const loaded = await loadSmtpSettings(db, tenantId, shopId);
      if (!loaded) return undefined;
      const transport = smtpTransport({ ...loaded.settings, extraCa: options.extraCa }, false);
      try {
        await transport.verify();
        return { ok: true, message: 'OK' };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      } finally {
        transport.close();
      }
    },
    close() {
      for (const { sender } of cache.values()) sender.close();
      cache.clear();
    },
  };
}
