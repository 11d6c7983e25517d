import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DatabasePool } from 'slonik';
import { serverSecret } from '../http/auth/sessions';

/**
 * Encryption at rest for the mail secrets (SMTP passwords, DKIM private keys): AES-256-GCM under a key made once and
 * kept in `server_secrets`, so every server process reads what another wrote. A copied table alone gives nothing.
 * The stored text is `v1.<iv>.<tag>.<ciphertext>`, base64url; the tenant and shop are bound in as associated data,
 * so a ciphertext moved to another shop's row does not open.
 */
export interface SecretBox {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

const mailKey = async (db: DatabasePool): Promise<Buffer> =>
  Buffer.from(await serverSecret(db, 'mail-secrets'), 'base64url');

const secretBoxWithKey = (key: Buffer): SecretBox => ({
  seal(plain, context) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  },
  open(sealed, context) {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined)
      throw new Error('not a sealed mail secret');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  },
});

/** The box, its key read (or made) once per database pool. */
const boxes = new WeakMap<DatabasePool, Promise<SecretBox>>();
export function secretBox(db: DatabasePool): Promise<SecretBox> {
  let box = boxes.get(db);
  if (!box) {
    box = mailKey(db).then(secretBoxWithKey);
    box.catch(() => boxes.delete(db));
    boxes.set(db, box);
  }
  return box;
}
