import { Card, CardHeader, List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { DateField, RecordContextProvider, useGetList, useRedirect, useTranslate } from 'react-admin';
import { PinnedIcon } from '../bulletin-posts/PinnedIcon';

interface Post {
  readonly id: string;
  readonly title: string;
  readonly authorName: string | null;
  readonly pinned: boolean;
  readonly publishedAt: string;
}

const LATEST = 5;

/** 社内共通掲示板 on the dashboard: pinned notices, then the newest ones. */
export const LatestBulletinPosts = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { data = [] } = useGetList<Post>('bulletin-posts', {
    pagination: { page: 1, perPage: LATEST },
    sort: { field: 'publishedAt', order: 'DESC' },
  });
  return (
    <Card>
      <CardHeader title={translate('oms.dashboard.bulletin')} />
      <List dense aria-label={translate('oms.dashboard.bulletin')}>
        {data.length === 0 && <ListItemText sx={{ px: 2 }} secondary={translate('oms.dashboard.no_posts')} />}
        {data.map((post) => (
          <RecordContextProvider key={post.id} value={post}>
            <ListItemButton onClick={() => redirect('show', 'bulletin-posts', post.id)}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                <PinnedIcon pinned={post.pinned} />
              </ListItemIcon>
              <ListItemText
                primary={post.title}
                secondary={
                  <>
                    {post.authorName ?? ''}{' '}
                    <DateField source="publishedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
                  </>
                }
              />
            </ListItemButton>
          </RecordContextProvider>
        ))}
      </List>
    </Card>
  );
};
