/** The 問い合わせ screens' words, under `oms.enquiries` and `resources.enquiries`. */
export const enquiriesJapanese = {
  states: { open: '未対応', in_progress: '対応中', done: '完了' },
  from: { buyer: 'お客様', shop: 'ショップ' },
  last_from: { buyer: 'お客様から', shop: 'ショップが回答' },
  thread: '問い合わせ',
  answer: '回答',
  answer_help: '回答はお客様の注文ページに表示されます。HTMLは使えません（そのまま文字として表示されます）。',
  send_mail: 'メールでも送る',
  submit: '回答する',
  answered: '回答しました',
  mail_refused: 'メールは送信できません',
  state_changed: '対応状況を「%{state}」にしました',
  mark: '「%{state}」にする',
  panel: '問い合わせ',
  none: 'この受注への問い合わせはありません',
  open_thread: '開く',
  messages: '%{count}件',
};

export const enquiriesEnglish: typeof enquiriesJapanese = {
  states: { open: 'Open', in_progress: 'In progress', done: 'Done' },
  from: { buyer: 'Buyer', shop: 'Shop' },
  last_from: { buyer: 'From the buyer', shop: 'Answered' },
  thread: 'Enquiry',
  answer: 'Answer',
  answer_help: 'The answer is shown on the buyer’s order page. HTML is not interpreted (it shows as text).',
  send_mail: 'Also send by mail',
  submit: 'Send answer',
  answered: 'Answer sent',
  mail_refused: 'the mail cannot be sent',
  state_changed: 'Marked as “%{state}”',
  mark: 'Mark “%{state}”',
  panel: 'Enquiries',
  none: 'No enquiries for this order',
  open_thread: 'Open',
  messages: '%{count} messages',
};

export const enquiriesResourceJapanese = {
  name: '問い合わせ',
  fields: {
    state: '対応状況',
    orderNumber: '注文番号',
    lastMessageAt: '最終メッセージ',
    lastFrom: '最後の発言',
    excerpt: '内容',
  },
};

export const enquiriesResourceEnglish: typeof enquiriesResourceJapanese = {
  name: 'Enquiries',
  fields: {
    state: 'State',
    orderNumber: 'Order number',
    lastMessageAt: 'Last message',
    lastFrom: 'Last from',
    excerpt: 'Message',
  },
};
