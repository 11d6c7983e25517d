import { rootCertificates } from 'node:tls';
import nodemailer from 'nodemailer';
import type { MailSender, OutgoingMail } from '../../application/mail/ports';

/** A sending domain's DKIM key (なりすまし対策): nodemailer signs each message with it. */
export interface DkimKey {
  readonly domainName: string;
  readonly keySelector: string;
  /** PEM. */
  readonly privateKey: string;
}

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** Implicit TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  readonly secure: boolean;
  /** Refuse to send unless the server upgrades to TLS (STARTTLS); for relays that demand it. */
  readonly requireTls: boolean;
  readonly user: string | null;
  readonly password: string | null;
  readonly from: string;
  readonly dkim: DkimKey | null;
  /** PEM certificates trusted besides Node's own (OMS_SMTP_CA_FILE: a relay with an in-house CA). */
  readonly extraCa?: string;
}

export interface SmtpSender extends MailSender {
  /** Closes the pooled connections. */
  close(): void;
}

/**
 * A pooled SMTP connection set for one shop. The Message-ID is the mail's own, so a retry after a lost answer
 * carries the same id and a receiver can tell the two apart.
 */
export function smtpSender(settings: SmtpSettings): SmtpSender {
  const transport = smtpTransport(settings);
  return {
    from: settings.from,
    async send(mail: OutgoingMail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    },
    close: () => transport.close(),
  };
}

/** nodemailer's transport for the settings; `pool: false` for a one-off connection (the 接続テスト). */
export function smtpTransport(settings: SmtpSettings, pool = true) {
  return nodemailer.createTransport({
    pool,
    maxConnections: 4,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    dkim: settings.dkim ?? undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // `ca` replaces Node's list, so the extra certificates are added to it rather than given alone.
    tls: settings.extraCa ? { ca: [...rootCertificates, settings.extraCa] } : undefined,
  });
}
