import { fetchUtils, HttpError } from 'react-admin';
import { httpClient } from '../dataProvider/http-client';

export interface TemplateDraft {
  readonly subject: string;
  readonly text: string;
  /** null: text only. */
  readonly mjml: string | null;
}

export interface MailTemplateRecord extends TemplateDraft {
  readonly id: string;
  readonly shopId: string;
  readonly shopName: string;
  readonly kind: string;
  readonly customised: boolean;
}

export interface MailPreview {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly to: string;
  readonly unknownFields: readonly string[];
  readonly mjmlErrors: readonly string[];
}

export interface Trial extends TemplateDraft {
  readonly shopId: string;
  readonly kind: string;
  readonly orderId?: string;
}

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

/**
 * The draft rendered by the server as the mail would be. A preview changes nothing, so it is sent without an
 * Idempotency-Key (none is kept for each keystroke's preview).
 */
export async function previewMail(trial: Trial): Promise<MailPreview> {
  try {
    return (await fetchUtils.fetchJson('/api/mail-templates/preview', json(trial))).json as MailPreview;
  } catch (error) {
    const ja = error instanceof HttpError ? (error.body as { error?: { ja?: string } })?.error?.ja : undefined;
    throw new Error(ja ?? (error instanceof Error ? error.message : String(error)), { cause: error });
  }
}

/** 【テスト送信】 to `to`, through the shop's own mail server (or the local catcher). */
export const testSend = async (trial: Trial & { readonly to: string }) =>
  (await httpClient('/api/mail-templates/test-send', json(trial))).json as { to: string; subject: string };

/** 初期値に戻す: the template as it now is, the product's default. */
export const resetTemplate = async (id: string) =>
  (await httpClient(`/api/mail-templates/${encodeURIComponent(id)}/reset`, json({}))).json as MailTemplateRecord;

/** The staff member's own address for test sends, remembered in this browser. */
const TEST_ADDRESS_KEY = 'oms.mail-templates.test-address';
export const rememberedTestAddress = () => localStorage.getItem(TEST_ADDRESS_KEY) ?? '';
export const rememberTestAddress = (address: string) => localStorage.setItem(TEST_ADDRESS_KEY, address);
