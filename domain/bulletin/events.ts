import * as t from 'io-ts';

/** 社内共通掲示板: a notice staff of one tenant leave for each other. */
export const BulletinPostPublished = t.strict({
  type: t.literal('BulletinPostPublished'),
  data: t.strict({
    postId: t.string,
    tenantId: t.string,
    authorId: t.string,
    title: t.string,
    body: t.string,
    pinned: t.boolean,
  }),
});
export const BulletinPostEdited = t.strict({
  type: t.literal('BulletinPostEdited'),
  data: t.strict({ postId: t.string, title: t.string, body: t.string }),
});
export const BulletinPostPinned = t.strict({
  type: t.literal('BulletinPostPinned'),
  data: t.strict({ postId: t.string }),
});
export const BulletinPostUnpinned = t.strict({
  type: t.literal('BulletinPostUnpinned'),
  data: t.strict({ postId: t.string }),
});
export const BulletinPostDeleted = t.strict({
  type: t.literal('BulletinPostDeleted'),
  data: t.strict({ postId: t.string }),
});

export type BulletinPostPublished = t.TypeOf<typeof BulletinPostPublished>;
export type BulletinPostEdited = t.TypeOf<typeof BulletinPostEdited>;
export type BulletinPostPinned = t.TypeOf<typeof BulletinPostPinned>;
export type BulletinPostUnpinned = t.TypeOf<typeof BulletinPostUnpinned>;
export type BulletinPostDeleted = t.TypeOf<typeof BulletinPostDeleted>;
export type BulletinPostEvent =
  BulletinPostPublished | BulletinPostEdited | BulletinPostPinned | BulletinPostUnpinned | BulletinPostDeleted;

export const BULLETIN_EVENTS = {
  BulletinPostPublished,
  BulletinPostEdited,
  BulletinPostPinned,
  BulletinPostUnpinned,
  BulletinPostDeleted,
} as const;
