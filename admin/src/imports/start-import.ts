import { NetworkFailure, oncePerAction } from '../dataProvider/once-per-action';
import type { ImportRecord } from './upload-import';

/**
 * Sends the files as multipart with XMLHttpRequest, because fetch cannot report upload progress. The server answers
 * (202) as soon as the import has started and goes on with it, so a sale day's file never outlasts the request; the
 * promise settles with the started import, to be watched with GET /api/imports/:id. One upload is one action: sent
 * again after a dropped connection with the same Idempotency-Key, so it starts one import.
 */
export function uploadImport(
  fields: { shopId: string; format: string },
  files: readonly File[],
  onProgress: (fraction: number) => void,
): Promise<ImportRecord> {
  const form = new FormData();
  form.append('shopId', fields.shopId);
  form.append('format', fields.format);
  for (const file of files) form.append('files', file, file.name);
  return uploadForm<ImportRecord>('/api/imports', form, onProgress);
}

/** Any upload whose work the server goes on with after answering 202 (受注取込, 伝票番号取込), sent as one action. */
export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return oncePerAction('POST', (added) => send<T>(url, form, added, onProgress));
}

function send<T>(
  url: string,
  form: FormData,
  headers: Readonly<Record<string, string>>,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Prefer', 'respond-async');
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as (T & { error?: { ja?: string } }) | null;
      if ((request.status === 202 || request.status === 201) && body) resolve(body);
      else reject(new Error(body?.error?.ja ?? `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new NetworkFailure('通信できませんでした'));
    request.send(form);
  });
}
