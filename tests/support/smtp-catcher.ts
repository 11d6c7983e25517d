import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpCatcher {
  readonly port: number;
  /** Every mail the server accepted, parsed, in the order they arrived. */
  readonly received: ParsedMail[];
  /** While set, DATA of the next mail is read and never answered: the sender hangs mid-send. */
  holdNextData(): Promise<void>;
  /** The next `times` mails to `address` are refused at DATA with `code` (451: try later; 550: refused for good). */
  refuse(address: string, code: number, times: number): void;
  stop(): Promise<void>;
}

/** A real SMTP server on a free port (no TLS, no auth), as a shop's relay would answer. */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const received: ParsedMail[] = [];
  let hold: (() => void) | undefined;
  const refusals = new Map<string, { code: number; times: number }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const refusal = session.envelope.rcptTo
        .map((recipient) => ({ address: recipient.address, refusal: refusals.get(recipient.address.toLowerCase()) }))
        .find((found) => found.refusal && found.refusal.times > 0);
      if (refusal?.refusal) {
        const { code } = refusal.refusal;
        refusal.refusal.times -= 1;
        stream.resume();
        // The answer names the mailbox, as real servers' do: the product must not keep it in its events.
        stream.on('end', () =>
          callback(Object.assign(new Error(`mailbox ${refusal.address} not available`), { responseCode: code })),
        );
        return;
      }
      if (hold) {
        const held = hold;
        hold = undefined;
        stream.resume();
        stream.on('end', held);
        return; // never answered: the client waits for its 250 until it is killed
      }
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    refuse: (address, code, times) => refusals.set(address.toLowerCase(), { code, times }),
    holdNextData: () => new Promise<void>((resolve) => (hold = resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
