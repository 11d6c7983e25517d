import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { ImportFile } from '../../../application/import/import-orders';
import { isStorableText, sendUnstorable, unstorableTextIn } from '../storable-text';

const MAX_FILES = 20;
/** A sale day's 楽天 download is tens of MB; the reader streams, so this only guards the disk. */
const MAX_FILE_BYTES = 500 * 1024 * 1024;

const upload = multer({
  dest: path.join(os.tmpdir(), 'oms-imports'),
  limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 10 },
  // Browsers send a Japanese file name as raw UTF-8 without saying so.
  defParamCharset: 'utf8',
}).array('files', MAX_FILES);

export type UploadedFile = ImportFile & { readonly size: number };

/**
 * Receives a multipart upload (fields and `files[]`) into the OS temp directory, runs `work` with the files and the
 * fields, and removes the files afterwards whatever happens. A bad upload answers 400.
 */
export async function withUploadedFiles(
  req: Request,
  res: Response,
  work: (files: readonly UploadedFile[], fields: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const failure = await new Promise<unknown>((resolve) => upload(req, res, resolve));
  const stored = (req.files as Express.Multer.File[] | undefined) ?? [];
  try {
    if (failure) {
      const code = failure instanceof multer.MulterError ? failure.code : 'upload_failed';
      res.status(400).json({
        error: {
          code: 'invalid_upload',
          ja: `アップロードを受け付けられませんでした (${code})`,
          en: `the upload was refused (${code})`,
          fields: [{ path: 'files', ja: code, en: code }],
        },
      });
      return;
    }
    // The multipart fields and file names skip the JSON body's check at the edge: the same check, here.
    const unstorable =
      unstorableTextIn(req.body) ?? (stored.some((f) => !isStorableText(f.originalname)) ? 'files' : undefined);
    if (unstorable !== undefined) return sendUnstorable(res, unstorable, 'invalid_input');
    const files = stored.map((f) => ({
      name: path.basename(f.originalname),
      size: f.size,
      open: () => createReadStream(f.path),
    }));
    await work(files, { ...(req.body as Record<string, unknown> | undefined) });
  } finally {
    await Promise.all(stored.map((f) => unlink(f.path).catch(() => undefined)));
  }
}
