import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { BulletinPostEvent } from './events';

export const TITLE_MAX = 100;
export const BODY_MAX = 10_000;

/** Who asks for a change: the author may change their own post, an administrator any post of the tenant. */
export interface BulletinActor {
  readonly staffUserId: string;
  readonly isAdmin: boolean;
}

export interface PublishBulletinPost {
  readonly type: 'PublishBulletinPost';
  readonly postId: string;
  readonly tenantId: string;
  readonly authorId: string;
  readonly title: string;
  readonly body: string;
  readonly pinned: boolean;
}

/**
 * One command for the whole edit form (react-admin sends every field) and for pinning alone: a field left out stays
 * as it is, and only what changed becomes an event.
 */
export interface ReviseBulletinPost {
  readonly type: 'ReviseBulletinPost';
  readonly tenantId: string;
  readonly by: BulletinActor;
  readonly title?: string;
  readonly body?: string;
  readonly pinned?: boolean;
}

export interface DeleteBulletinPost {
  readonly type: 'DeleteBulletinPost';
  readonly tenantId: string;
  readonly by: BulletinActor;
}

export type BulletinPostCommand = PublishBulletinPost | ReviseBulletinPost | DeleteBulletinPost;

export type BulletinPostState =
  | { readonly status: 'none' | 'deleted' }
  | {
      readonly status: 'published';
      readonly postId: string;
      readonly tenantId: string;
      readonly authorId: string;
      readonly title: string;
      readonly body: string;
      readonly pinned: boolean;
    };

export const BULLETIN_NOT_FOUND = domainError('bulletin.not_found', '投稿が見つかりません', 'no such post');
export const BULLETIN_NOT_ALLOWED = domainError(
  'bulletin.not_allowed',
  '投稿を変更できるのは投稿者と管理者だけです',
  'only the author or an administrator may change a post',
);

const checkText = (title: string, body: string): DomainError | undefined => {
  if (title.trim() === '') return domainError('bulletin.empty_title', '件名を入力してください', 'enter a title');
  if (body.trim() === '') return domainError('bulletin.empty_body', '本文を入力してください', 'enter the text');
  if ([...title].length > TITLE_MAX)
    return domainError(
      'bulletin.title_too_long',
      `件名は${TITLE_MAX}文字までです`,
      `a title has at most ${TITLE_MAX} characters`,
    );
  if ([...body].length > BODY_MAX)
    return domainError(
      'bulletin.body_too_long',
      `本文は${BODY_MAX}文字までです`,
      `the text has at most ${BODY_MAX} characters`,
    );
  return undefined;
};

export const bulletinPostDecider: Decider<BulletinPostCommand, BulletinPostEvent, BulletinPostState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'BulletinPostPublished') return { status: 'published', ...event.data };
    if (state.status !== 'published') return state;
    switch (event.type) {
      case 'BulletinPostEdited':
        return { ...state, title: event.data.title, body: event.data.body };
      case 'BulletinPostPinned':
        return { ...state, pinned: true };
      case 'BulletinPostUnpinned':
        return { ...state, pinned: false };
      case 'BulletinPostDeleted':
        return { status: 'deleted' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'PublishBulletinPost') {
      if (state.status !== 'none')
        return E.left(domainError('bulletin.already_published', 'この投稿は登録済みです', 'this post already exists'));
      const problem = checkText(command.title, command.body);
      if (problem) return E.left(problem);
      const { postId, tenantId, authorId, pinned } = command;
      return E.right([
        {
          type: 'BulletinPostPublished',
          data: { postId, tenantId, authorId, title: command.title.trim(), body: command.body, pinned },
        },
      ]);
    }
    // Another tenant's post does not exist for this one.
    if (state.status !== 'published' || state.tenantId !== command.tenantId) return E.left(BULLETIN_NOT_FOUND);
    if (!command.by.isAdmin && command.by.staffUserId !== state.authorId) return E.left(BULLETIN_NOT_ALLOWED);
    const { postId } = state;
    if (command.type === 'DeleteBulletinPost') return E.right([{ type: 'BulletinPostDeleted', data: { postId } }]);

    const { title = state.title, body = state.body, pinned = state.pinned } = command;
    const problem = checkText(title, body);
    if (problem) return E.left(problem);
    const events: BulletinPostEvent[] = [];
    if (title.trim() !== state.title || body !== state.body)
      events.push({ type: 'BulletinPostEdited', data: { postId, title: title.trim(), body } });
    if (pinned !== state.pinned)
      events.push({ type: pinned ? 'BulletinPostPinned' : 'BulletinPostUnpinned', data: { postId } });
    return E.right(events);
  },
};
