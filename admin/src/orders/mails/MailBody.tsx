import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { OrderMail } from './mail-api';

/**
 * The mail as it was sent: its text, and its HTML in a sandboxed frame (no scripts, no same origin), so a template's
 * markup can neither run nor reach the admin.
 */
export const MailBody = ({ mail }: { mail: OrderMail }) => {
  const translate = useTranslate();
  const [tab, setTab] = useState<'text' | 'html'>('text');
  return (
    <Box>
      <Tabs value={tab} onChange={(_, value: 'text' | 'html') => setTab(value)}>
        <Tab value="text" label={translate('oms.order_mails.text')} />
        {mail.html && <Tab value="html" label={translate('oms.order_mails.html')} />}
      </Tabs>
      {tab === 'text' || !mail.html ? (
        <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, p: 1 }}>
          {mail.text ?? ''}
        </Box>
      ) : (
        <Box
          component="iframe"
          title={mail.subject ?? mail.id}
          sandbox=""
          srcDoc={mail.html}
          sx={{ width: '100%', height: 480, border: 1, borderColor: 'divider' }}
        />
      )}
    </Box>
  );
};
