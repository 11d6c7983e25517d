import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { Badge } from '@mui/material';
import { Menu, useGetList, useTranslate } from 'react-admin';

/** The menu's 問い合わせ, with the number of 未対応 threads (one count query, cached with the inbox's). */
export const EnquiriesMenuItem = () => {
  const translate = useTranslate();
  const { total = 0 } = useGetList('enquiries', {
    filter: { state: 'open' },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'lastMessageAt', order: 'DESC' },
  });
  return (
    <Menu.Item
      to="/enquiries"
      primaryText={translate('resources.enquiries.name')}
      leftIcon={
        <Badge badgeContent={total} color="error" max={99} data-testid="open-enquiries">
          <QuestionAnswerIcon />
        </Badge>
      }
    />
  );
};
