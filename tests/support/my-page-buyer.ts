/**
 * A buyer's browser for the マイページ over plain HTTP: it keeps the page's cookie, reads the form's CSRF token from the
 * last page and posts forms as a browser does (application/x-www-form-urlencoded, redirects not followed).
 */
export interface PageAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly bytes: Buffer;
}

export class MyPageBuyer {
  private cookies = new Map<string, string>();
  /** The synchroniser token of the last page read. */
  csrf = '';

  constructor(private readonly baseUrl: string) {}

  async get(path: string): Promise<PageAnswer> {
    return this.answer(await fetch(`${this.baseUrl}${path}`, { headers: this.cookieHeader(), redirect: 'manual' }));
  }

  /** Posts the form with the last page's CSRF token unless `csrf: null` (or another token) is given. */
  async post(
    path: string,
    fields: Record<string, string>,
    options: { csrf?: string | null } = {},
  ): Promise<PageAnswer> {
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    const body = new URLSearchParams({ ...fields, ...(csrf !== null && { _csrf: csrf }) });
    return this.answer(
      await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: { ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        redirect: 'manual',
      }),
    );
  }

  /** Opens the link and types the phone number; answers the sign-in's own answer (303 when it matched). */
  async signIn(path: string, phone: string): Promise<PageAnswer> {
    await this.get(path);
    return this.post(`${path}/sign-in`, { phone });
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size === 0
      ? {}
      : { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }

  private async answer(response: Response): Promise<PageAnswer> {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1]!;
    return { status: response.status, headers: response.headers, text, bytes };
  }
}
