import InboxIcon from '@mui/icons-material/MoveToInbox';
import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  List,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/** 送信メール（開発用）: what shops with no SMTP server would have sent, newest first. */
const CaughtMailList = () => (
  <List sort={{ field: 'caughtAt', order: 'DESC' }} exporter={false} actions={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="caughtAt" showTime />
      <TextField source="shopName" sortable={false} />
      <TextField source="to" />
      <TextField source="subject" />
    </Datagrid>
  </List>
);

/**
 * The text and the HTML side by side. The HTML is the shop's template rendered, shown in a sandboxed frame: no
 * scripts, no forms, no access to the admin's page or cookies.
 */
const Bodies = () => {
  const record = useRecordContext<{ text: string; html: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
      <Box sx={{ flex: '1 1 360px', minWidth: 0 }}>
        <Typography variant="subtitle2">{translate('resources.caught-mails.text')}</Typography>
        <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }} data-testid="mail-text">
          {record.text}
        </Box>
      </Box>
      <Box sx={{ flex: '1 1 360px', minWidth: 0 }}>
        <Typography variant="subtitle2">{translate('resources.caught-mails.html')}</Typography>
        {record.html === null ? (
          <Typography variant="body2">{translate('resources.caught-mails.text_only')}</Typography>
        ) : (
          <iframe
            title={translate('resources.caught-mails.html')}
            sandbox=""
            srcDoc={record.html}
            style={{ width: '100%', height: 600, border: '1px solid #ccc' }}
          />
        )}
      </Box>
    </Box>
  );
};

const CaughtMailShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="caughtAt" showTime />
      <TextField source="shopName" />
      <TextField source="from" />
      <TextField source="to" />
      <TextField source="subject" />
      <Bodies />
    </SimpleShowLayout>
  </Show>
);

export default { list: CaughtMailList, show: CaughtMailShow, icon: InboxIcon };
