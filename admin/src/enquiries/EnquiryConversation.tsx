import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { tokyoDateTime } from '../orders/OrderSlip/format';

export interface EnquiryMessage {
  readonly id: string;
  readonly from: 'buyer' | 'shop';
  readonly text: string;
  readonly at: string;
  readonly staffName: string | null;
}

/**
 * The thread as a conversation: the buyer on the left, the shop on the right. Texts are rendered as text (React escapes
 * them), with their line breaks kept; nothing a buyer writes is read as HTML.
 */
export const EnquiryConversation = ({ messages }: { messages: readonly EnquiryMessage[] }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} role="log" aria-label={translate('oms.enquiries.thread')}>
      {messages.map((message) => {
        const fromShop = message.from === 'shop';
        return (
          <Box key={message.id} sx={{ display: 'flex', justifyContent: fromShop ? 'flex-end' : 'flex-start' }}>
            <Paper
              variant="outlined"
              data-from={message.from}
              sx={{ p: 1.5, maxWidth: '80%', bgcolor: fromShop ? 'action.hover' : 'background.paper' }}
            >
              <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
                {translate(`oms.enquiries.from.${message.from}`)}
                {fromShop && message.staffName ? `（${message.staffName}）` : ''} ・ {tokyoDateTime(message.at)}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.text}
              </Typography>
            </Paper>
          </Box>
        );
      })}
    </Stack>
  );
};
