import { escapeHtml } from '../../../application/mail/render-template';
import type { BuyerEnquiryThread } from '../../../application/my-page/buyer-enquiries';
import { ENQUIRY_TEXT_MAX } from '../../../application/enquiries/enquiry-text';
import type { MailImageInfo } from '../../../application/my-page/mail-images';
import type { OrderPage } from '../../../application/my-page/order-page';
import { RECEIPT_ADDRESSEE_MAX, RECEIPT_PROVISO_MAX } from '../../../domain/order/documents';
import type { MyPageDesign } from '../../my-page/my-page-designs';

/**
 * The マイページ's HTML, written on the server: no script at all, so it works in any phone's browser and the CSP of the
 * admin (`script-src 'self'`) holds without exceptions. Every text from the order, the shop or the buyer goes through
 * `escape`; nothing is inserted raw but our own markup.
 */
const escape = escapeHtml;

/** Plain text with its line breaks, escaped. */
const paragraphs = (text: string): string => escape(text).replace(/\r?\n/g, '<br>');

const ENQUIRY_STATES: Record<string, string> = { open: '未対応', in_progress: '対応中', done: '完了' };

export interface PageFrame {
  readonly design: MyPageDesign;
  /** The header's text when the design has none. */
  readonly shopName: string;
  readonly title: string;
}

export function page(frame: PageFrame, body: string): string {
  const heading = frame.design.heading || frame.shopName || 'ご注文状況';
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(frame.title)} | ${escape(heading)}</title>
<link rel="stylesheet" href="/my/assets/my-page.css">
<style>.site-header{background:${frame.design.headerColour}}</style>
</head>
<body>
<header class="site-header"><div class="wrap">${escape(heading)}</div></header>
<main class="wrap">
${frame.design.notice ? `<section class="notice">${paragraphs(frame.design.notice)}</section>` : ''}
${body}
</main>
${frame.design.contactLine ? `<footer class="wrap contact">${paragraphs(frame.design.contactLine)}</footer>` : ''}
</body>
</html>`;
}

const hidden = (csrf: string) => `<input type="hidden" name="_csrf" value="${escape(csrf)}">`;

export function messagePage(frame: PageFrame, message: string): string {
  return page(frame, `<section class="card"><p>${escape(message)}</p></section>`);
}

export function signInPage(frame: PageFrame, path: string, csrf: string, problem?: string): string {
  return page(
    frame,
    `<section class="card">
<h1>ご注文状況の確認</h1>
<p>ご注文時にご登録いただいたお電話番号を入力してください。</p>
${problem ? `<p class="problem" role="alert">${escape(problem)}</p>` : ''}
<form method="post" action="${escape(path)}/sign-in">
${hidden(csrf)}
<label for="phone">お電話番号</label>
<input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="40" required placeholder="090-1234-5678">
<button type="submit">確認する</button>
</form>
</section>`,
  );
}

export interface OrderPageView {
  readonly path: string;
  readonly csrf: string;
  readonly order: OrderPage;
  readonly images: readonly MailImageInfo[];
  readonly enquiries: readonly BuyerEnquiryThread[];
  readonly problem?: string;
  readonly sent?: boolean;
}

const time = (iso: string) =>
  new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

export function orderPageHtml(frame: PageFrame, view: OrderPageView): string {
  const { order, path, csrf } = view;
  const destinations = order.destinations
    .map(
      (d, index) => `<section class="card">
<h2>${order.destinations.length > 1 ? `お届け先 ${index + 1}` : 'お届け先'}</h2>
<p>${escape(d.name)} 様<br>${d.address.map(escape).join('<br>')}</p>
<ul class="lines">${d.lines
        .map(
          (line) =>
            `<li><span class="item">${escape(line.name)}${line.options ? `<small>${escape(line.options)}</small>` : ''}</span><span class="qty">× ${line.quantity}</span><span class="amount">${escape(line.amount)}</span></li>`,
        )
        .join('')}</ul>
${
  d.parcel
    ? `<p class="parcel">${escape(d.parcel.carrier)} 伝票番号 <strong>${escape(d.parcel.trackingNumber)}</strong>${
        d.parcel.url
          ? `<br><a class="tracking" href="${escape(d.parcel.url)}" rel="noopener noreferrer" target="_blank">配送状況を確認する</a>`
          : ''
      }</p>`
    : ''
}
</section>`,
    )
    .join('\n');
  const amounts = `<section class="card"><h2>ご請求金額</h2><table class="amounts">${order.amounts
    .map(
      ([label, value, total]) =>
        `<tr${total ? ' class="total"' : ''}><th>${escape(label)}</th><td>${escape(value)}</td></tr>`,
    )
    .join('')}</table></section>`;
  const images =
    view.images.length === 0
      ? ''
      : `<section class="card"><h2>ショップからの画像</h2><div class="images">${view.images
          .map(
            (image) =>
              `<a href="${escape(path)}/images/${image.imageId}"><img src="${escape(path)}/images/${image.imageId}" alt="${escape(image.filename)}"></a>`,
          )
          .join('')}</div></section>`;
  const documents = order.cancelled
    ? ''
    : `<section class="card" id="documents"><h2>領収書・明細書</h2>
${
  order.receiptIssued
    ? `<form method="post" action="${escape(path)}/documents/receipt">${hidden(csrf)}<p class="hint">領収書は発行済みです。再度ダウンロードすると「再発行」と記載されます。</p><button type="submit">領収書（再発行）をダウンロード</button></form>`
    : `<form method="post" action="${escape(path)}/documents/receipt">${hidden(csrf)}
<p class="hint">宛名と但し書きは一度だけ入力できます。発行後は変更できません。</p>
<label for="addressee">宛名</label><input id="addressee" name="addressee" maxlength="${RECEIPT_ADDRESSEE_MAX}" required value="${escape(order.receiptDefaults.addressee)}">
<label for="proviso">但し書き</label><input id="proviso" name="proviso" maxlength="${RECEIPT_PROVISO_MAX}" required value="${escape(order.receiptDefaults.proviso)}">
<button type="submit">領収書を発行してダウンロード</button></form>`
}
<form method="post" action="${escape(path)}/documents/purchase-statement">${hidden(csrf)}<button type="submit" class="secondary">購入明細書をダウンロード</button></form>
</section>`;
  const threads = view.enquiries
    .map(
      (thread) =>
        `<div class="thread"><p class="state">${escape(ENQUIRY_STATES[thread.state] ?? thread.state)}</p>${thread.messages
          .map(
            (m) =>
              `<div class="message ${m.from}"><p class="meta">${m.from === 'buyer' ? 'お客様' : 'ショップ'}・${escape(time(m.at))}</p><p>${paragraphs(m.text)}</p></div>`,
          )
          .join('')}</div>`,
    )
    .join('');
  const enquiries = `<section class="card" id="enquiries"><h2>お問い合わせ</h2>
${threads}
${view.sent ? '<p class="done" role="status">お問い合わせを送信しました。ショップからの回答はこのページとメールでお知らせします。</p>' : ''}
${view.problem ? `<p class="problem" role="alert">${escape(view.problem)}</p>` : ''}
<form method="post" action="${escape(path)}/enquiries">${hidden(csrf)}
<label for="enquiry">ご注文についてのお問い合わせ</label>
<textarea id="enquiry" name="text" rows="5" maxlength="${ENQUIRY_TEXT_MAX}" required></textarea>
<button type="submit">送信する</button></form></section>`;

  return page(
    frame,
    `<section class="card status">
<p class="order-number">ご注文番号 ${escape(order.orderNumber)}<br>ご注文日 ${escape(order.orderedOn)}・${escape(order.paymentLabel)}</p>
<h1>${escape(order.status.heading)}</h1>
<p>${escape(order.status.detail)}</p>
</section>
${destinations}
${amounts}
${images}
${documents}
${enquiries}
<form method="post" action="${escape(path)}/sign-out" class="sign-out">${hidden(csrf)}<button type="submit" class="link">ログアウト</button></form>`,
  );
}

/** Mobile first: one column, large touch targets, readable Japanese line height; wider screens just centre it. */
export const MY_PAGE_CSS = `*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;line-height:1.7;color:#222;background:#f4f4f2;font-size:16px}
.wrap{max-width:640px;margin:0 auto;padding:0 12px}
.site-header{color:#fff;padding:14px 0;font-weight:bold;font-size:1.1rem}
.card{background:#fff;border-radius:8px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h1{font-size:1.25rem;margin:.2em 0}
h2{font-size:1.05rem;margin:0 0 .4em}
.notice{background:#fff8e1;border-left:4px solid #f0b400;padding:10px 12px;margin:12px 0}
.order-number{color:#555;font-size:.9rem;margin:0}
.lines{list-style:none;padding:0;margin:0}
.lines li{display:flex;gap:8px;border-top:1px solid #eee;padding:6px 0}
.lines .item{flex:1}.lines small{display:block;color:#666}
.lines .qty{white-space:nowrap}.lines .amount{white-space:nowrap;min-width:5.5em;text-align:right}
.parcel{background:#f0f6f4;padding:8px 10px;border-radius:6px}
.amounts{width:100%;border-collapse:collapse}
.amounts th{text-align:left;font-weight:normal;padding:4px 0}.amounts td{text-align:right}
.amounts tr.total{font-weight:bold;border-top:1px solid #ccc}
.images{display:flex;flex-wrap:wrap;gap:8px}.images img{max-width:100%;max-height:240px;border-radius:4px}
label{display:block;margin-top:10px;font-size:.9rem}
input,textarea{width:100%;font:inherit;padding:10px;border:1px solid #bbb;border-radius:6px}
button{display:block;width:100%;margin-top:12px;padding:12px;font:inherit;font-weight:bold;border:0;border-radius:6px;background:#35524a;color:#fff}
button.secondary{background:#fff;color:#35524a;border:1px solid #35524a}
button.link{background:none;color:#555;text-decoration:underline;font-weight:normal}
.hint{color:#555;font-size:.9rem}
.problem{color:#a00;font-weight:bold}.done{color:#1b5e20}
.thread{border-top:1px solid #eee;padding:6px 0}.state{font-size:.8rem;color:#555;margin:0}
.message{padding:6px 10px;border-radius:6px;margin:6px 0}.message.buyer{background:#eef3ff}.message.shop{background:#f3f3f3}
.message p{margin:0}.meta{font-size:.8rem;color:#666}
.contact{color:#555;font-size:.9rem;padding-bottom:24px}
a.tracking{font-weight:bold}
`;
