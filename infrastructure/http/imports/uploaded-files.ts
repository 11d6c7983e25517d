import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import { isStorableText, storableText } from '../../../domain/shared/storable-text';
import type { ImportFile } from '../../../application/import/import-orders';
import type { UploadFolder } from './upload-folder';
import { sendUnstorable, unstorableTextIn } from '../storable-text';

const MAX_FILES = 20;
/** A sale day's 楽天 download is tens of MB; the reader streams, so this only guards the disk. */
const MAX_FILE_BYTES = 500 * 1024 * 1024;

type Upload = ReturnType<ReturnType<typeof multer>['array']>;
const uploads = new Map<string, Upload>();

/** The multipart reader that stores into `dest` (a server's upload folder, upload-folder.ts). */
function uploadInto(dest: string): Upload {
  let upload = uploads.get(dest);
  if (!upload) {
    upload = multer({
      dest,
      limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 10 },
      // Browsers send a Japanese file name as raw UTF-8 without saying so.
      defParamCharset: 'utf8',
    }).array('files', MAX_FILES);
    uploads.set(dest, upload);
  }
  return upload;
}

export type UploadedFile = ImportFile & { readonly size: number };

/**
 * Receives a multipart upload (fields and `files[]`) into the server's upload folder, runs `work` with the files and
 * the fields, and removes the files afterwards whatever happens (a crash leaves them to the next start). A bad upload
 * answers 400.
 */
export async function withUploadedFiles(
  folder: UploadFolder,
  req: Request,
  res: Response,
  work: (files: readonly UploadedFile[], fields: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const upload = uploadInto(await folder.path());
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
      // The name goes into the import's record, which cannot hold a NUL.
      name: storableText(path.basename(f.originalname), 255),
      size: f.size,
      open: () => createReadStream(f.path),
    }));
    await work(files, { ...(req.body as Record<string, unknown> | undefined) });
  } finally {
    await Promise.all(stored.map((f) => unlink(f.path).catch(() => undefined)));
  }
}
