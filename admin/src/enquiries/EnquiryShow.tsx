import { Box, Button, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { AnswerBox, useEnquiryAction } from './AnswerBox';
import { EnquiryConversation, type EnquiryMessage } from './EnquiryConversation';
import { type EnquiryRecord, OrderNumberLink } from './EnquiryList';
import { type EnquiryState, EnquiryStateChip } from './EnquiryStateChip';

type ThreadRecord = EnquiryRecord & { readonly messages: readonly EnquiryMessage[] };

const STATES: readonly EnquiryState[] = ['open', 'in_progress', 'done'];

/** 対応中 and 完了 (and back to 未対応), the state the thread has left out. */
const StateButtons = ({ thread }: { thread: ThreadRecord }) => {
  const translate = useTranslate();
  const act = useEnquiryAction(thread.id);
  return (
    <Stack direction="row" spacing={1}>
      {STATES.filter((state) => state !== thread.state).map((state) => {
        const label = translate(`oms.enquiries.states.${state}`);
        return (
          <Button
            key={state}
            variant="outlined"
            size="small"
            onClick={() => void act('state', { state }, translate('oms.enquiries.state_changed', { state: label }))}
          >
            {translate('oms.enquiries.mark', { state: label })}
          </Button>
        );
      })}
    </Stack>
  );
};

const Thread = () => {
  const thread = useRecordContext<ThreadRecord>();
  const translate = useTranslate();
  if (!thread?.messages) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <EnquiryStateChip state={thread.state} />
            <Typography component="span">
              {translate('resources.enquiries.fields.orderNumber')}: <OrderNumberLink record={thread} />
            </Typography>
            <Box sx={{ flexGrow: 1 }} />
            <StateButtons thread={thread} />
          </Box>
          <EnquiryConversation messages={thread.messages} />
          <Divider />
          <AnswerBox enquiryId={thread.id} />
        </Stack>
      </CardContent>
    </Card>
  );
};

/** One thread: the conversation, the answer box, and the state buttons. */
export const EnquiryShow = () => (
  <Show component="div" actions={false}>
    <Thread />
  </Show>
);
