import type { Command } from 'commander';
import { registerMailSendCommand } from './mail-send-command';
import { registerMailSmtpCommand } from './mail-smtp-command';

/** `oms mail …`: a shop's SMTP server (`smtp`) and mails to buyers (`send`). */
export function registerMailCommand(program: Command): void {
  const mail = program.command('mail').description('メール: SMTP per shop, mails to buyers');
  registerMailSmtpCommand(mail);
  registerMailSendCommand(mail);
}
