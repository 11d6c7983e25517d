import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { orderApi, type TimelineEntry } from '../dataProvider/orders';

const tokyo = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' });

/** The reason staff gave for a hold or a cancellation, shown with the step. */
const reasonOf = (entry: TimelineEntry): string | undefined => {
  const reason = entry.data.reason;
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object' && 'text' in reason && typeof reason.text === 'string') return reason.text;
  return undefined;
};

/** The check a check result names, so 「チェックに該当」 says which. */
const checkOf = (entry: TimelineEntry): string | undefined => {
  const finding = entry.data.finding;
  if (finding && typeof finding === 'object' && 'check' in finding && typeof finding.check === 'string')
    return finding.check;
  return typeof entry.data.check === 'string' ? entry.data.check : undefined;
};

/** 履歴: every event of the order with when and who, read from its own stream. */
export const OrderTimeline = () => {
  const record = useRecordContext<{ id: string; revision: number }>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['order-timeline', record?.id, record?.revision],
    queryFn: () => orderApi.timeline(record!.id),
    enabled: !!record,
  });
  return (
    <>
      <Typography variant="h6">{translate('oms.orders.timeline')}</Typography>
      <MuiList dense aria-label={translate('oms.orders.timeline')}>
        {data?.map((entry) => (
          <ListItem key={entry.revision}>
            <ListItemText
              primary={`${entry.rule ? translate('oms.orders.by_rule', { name: entry.rule.name }) : ''}${translate(`oms.order_events.${entry.type}`, { _: entry.type })}${checkOf(entry) ? `：${translate(`oms.checks.kinds.${checkOf(entry)}`, { _: checkOf(entry) })}` : ''}`}
              secondary={
                <>
                  {`${tokyo.format(new Date(entry.at))}  ${entry.actorName ?? translate(`oms.actors.${entry.actor}`, { _: entry.actor })}`}
                  {reasonOf(entry) !== undefined && (
                    <>
                      <br />
                      {`${translate('oms.reasons.reason')}：${reasonOf(entry)}`}
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </MuiList>
    </>
  );
};
