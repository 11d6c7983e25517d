import { sql } from 'slonik';
import { BULLETIN_EVENTS } from '../../domain/bulletin/events';
import { defineProjection } from '../projection';

/** 社内共通掲示板: one row per live post. Posts are few, so one statement per event is enough. */
export const bulletinProjection = defineProjection({
  name: 'bulletin',
  events: BULLETIN_EVENTS,
  tables: ['bulletin_posts'],
  async apply(tx, events) {
    for (const { event, metadata, revision } of events) {
      const at = metadata.occurredAt;
      const id = event.data.postId;
      const touched = sql.fragment`updated_at = ${at}, revision = ${revision.toString()}`;
      switch (event.type) {
        case 'BulletinPostPublished': {
          const { tenantId, authorId, title, body, pinned } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO bulletin_posts (id, tenant_id, author_id, title, body, pinned, published_at, updated_at, revision)
            VALUES (${id}, ${tenantId}, ${authorId}, ${title}, ${body}, ${pinned}, ${at}, ${at}, ${revision.toString()})`);
          break;
        }
        case 'BulletinPostEdited':
          await tx.query(
            sql.unsafe`UPDATE bulletin_posts SET title = ${event.data.title}, body = ${event.data.body}, ${touched} WHERE id = ${id}`,
          );
          break;
        case 'BulletinPostPinned':
        case 'BulletinPostUnpinned':
          await tx.query(
            sql.unsafe`UPDATE bulletin_posts SET pinned = ${event.type === 'BulletinPostPinned'}, ${touched} WHERE id = ${id}`,
          );
          break;
        case 'BulletinPostDeleted':
          await tx.query(sql.unsafe`DELETE FROM bulletin_posts WHERE id = ${id}`);
          break;
      }
    }
  },
});
