import type { BulletinPostEvent, BulletinPostPublished } from '../../../domain/bulletin/events';
import { bulletinPostDecider } from '../../../domain/bulletin/bulletin-post';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(bulletinPostDecider);
const author = { staffUserId: 'u-author', isAdmin: false };
const colleague = { staffUserId: 'u-other', isAdmin: false };
const admin = { staffUserId: 'u-admin', isAdmin: true };
const publish = {
  type: 'PublishBulletinPost',
  postId: 'p-1',
  tenantId: 't-1',
  authorId: 'u-author',
  title: ' 年末年始の出荷について ',
  body: '１２／２９～１／３は出荷停止です①',
  pinned: false,
} as const;
const published: BulletinPostPublished = {
  type: 'BulletinPostPublished',
  data: {
    postId: 'p-1',
    tenantId: 't-1',
    authorId: 'u-author',
    title: '年末年始の出荷について',
    body: '１２／２９～１／３は出荷停止です①',
    pinned: false,
  },
};
const revise = (by: typeof author, change: { title?: string; body?: string; pinned?: boolean }) =>
  ({ type: 'ReviseBulletinPost', tenantId: 't-1', by, ...change }) as const;
const edited: BulletinPostEvent = {
  type: 'BulletinPostEdited',
  data: { postId: 'p-1', title: '㈱髙島商店様の注文', body: 'ﾀｶｼﾏ様は代引き不可' },
};

describe('BulletinPost', () => {
  test('a post is published with its title trimmed', () => spec.given([]).when(publish).then([published]));
  test('a post needs a title and a text', () => {
    spec
      .given([])
      .when({ ...publish, title: '　 ' })
      .thenRefuses('bulletin.empty_title', '件名');
    spec
      .given([])
      .when({ ...publish, body: '' })
      .thenRefuses('bulletin.empty_body', '本文');
  });
  test('a title longer than 100 characters is refused', () =>
    spec
      .given([])
      .when({ ...publish, title: '髙'.repeat(101) })
      .thenRefuses('bulletin.title_too_long', '100'));
  test('a post cannot be published twice', () =>
    spec.given([published]).when(publish).thenRefuses('bulletin.already_published'));

  test('the author edits their post', () =>
    spec
      .given([published])
      .when(revise(author, { title: '㈱髙島商店様の注文', body: 'ﾀｶｼﾏ様は代引き不可' }))
      .then([edited]));
  test("an administrator edits anybody's post", () =>
    spec
      .given([published])
      .when(revise(admin, { title: '㈱髙島商店様の注文', body: 'ﾀｶｼﾏ様は代引き不可' }))
      .then([edited]));
  test("a colleague may not edit, pin or delete someone else's post", () => {
    spec
      .given([published])
      .when(revise(colleague, { title: '書き換え' }))
      .thenRefuses('bulletin.not_allowed', '投稿者と管理者');
    spec
      .given([published])
      .when(revise(colleague, { pinned: true }))
      .thenRefuses('bulletin.not_allowed');
    spec
      .given([published])
      .when({ type: 'DeleteBulletinPost', tenantId: 't-1', by: colleague })
      .thenRefuses('bulletin.not_allowed');
  });
  test('pinning and unpinning, and nothing when nothing changed', () => {
    spec
      .given([published])
      .when(revise(author, { pinned: true }))
      .then([{ type: 'BulletinPostPinned', data: { postId: 'p-1' } }]);
    spec
      .given([published, { type: 'BulletinPostPinned', data: { postId: 'p-1' } }])
      .when(revise(admin, { pinned: false }))
      .then([{ type: 'BulletinPostUnpinned', data: { postId: 'p-1' } }]);
    spec
      .given([published])
      .when(revise(author, { title: published.data.title, body: published.data.body, pinned: false }))
      .then([]);
  });
  test('an edit and a pin in one save become two events', () =>
    spec
      .given([published])
      .when(revise(author, { title: '㈱髙島商店様の注文', body: 'ﾀｶｼﾏ様は代引き不可', pinned: true }))
      .then([edited, { type: 'BulletinPostPinned', data: { postId: 'p-1' } }]));
  test('an edit may not blank the text', () =>
    spec
      .given([published])
      .when(revise(author, { body: ' ' }))
      .thenRefuses('bulletin.empty_body'));
  test('the author deletes the post; afterwards it is gone for everybody', () => {
    spec
      .given([published])
      .when({ type: 'DeleteBulletinPost', tenantId: 't-1', by: author })
      .then([{ type: 'BulletinPostDeleted', data: { postId: 'p-1' } }]);
    const deleted = [published, { type: 'BulletinPostDeleted', data: { postId: 'p-1' } } as const];
    spec
      .given(deleted)
      .when(revise(admin, { pinned: true }))
      .thenRefuses('bulletin.not_found');
    spec
      .given(deleted)
      .when({ type: 'DeleteBulletinPost', tenantId: 't-1', by: admin })
      .thenRefuses('bulletin.not_found');
  });
  test("another tenant's post does not exist, even for its administrator", () => {
    spec
      .given([published])
      .when({ ...revise(admin, { pinned: true }), tenantId: 't-2' })
      .thenRefuses('bulletin.not_found', '見つかりません');
    spec
      .given([])
      .when(revise(admin, { pinned: true }))
      .thenRefuses('bulletin.not_found');
  });
});
