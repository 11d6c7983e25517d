/** What `POST /api/imports` and `GET /api/imports/:id` answer. */
export interface ImportRecord {
  readonly id: string;
  readonly shopName: string | null;
  readonly format: string;
  readonly files: ReadonlyArray<{ name: string; size: number }>;
  readonly actorName: string | null;
  readonly status: 'running' | 'completed' | 'failed';
  readonly failure?: { readonly ja: string; readonly en: string } | null;
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly rows: number;
  readonly problemCount: number;
  readonly unreadableFiles: readonly string[];
  readonly problems?: ReadonlyArray<{ file: string; row: number; column: string; ja: string }>;
  /** While it runs: the counts so far (when the server answering is the one running it). */
  readonly progress?: { imported: number; updated: number; unchanged: number; failed: number; rows: number };
}

/**
 * Sends the files as multipart with XMLHttpRequest, because fetch cannot report upload progress. The server answers
 * (202) as soon as the import has started and goes on with it, so a sale day's file never outlasts the request; the
 * promise settles with the started import, to be watched with GET /api/imports/:id.
 */
export function uploadImport(fields: { shopId: string; format: string }, files: readonly File[], onProgress: (fraction: number) => void): Promise<ImportRecord> {
  const form = new FormData();
  form.append('shopId', fields.shopId);
  form.append('format', fields.format);
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/imports');
    request.setRequestHeader('Prefer', 'respond-async');
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as (ImportRecord & { error?: { ja?: string } }) | null;
      if ((request.status === 202 || request.status === 201) && body) resolve(body);
      else reject(new Error(body?.error?.ja ?? `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new Error('通信できませんでした'));
    request.send(form);
  });
}
