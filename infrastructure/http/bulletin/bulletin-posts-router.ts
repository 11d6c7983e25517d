import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import {
  BODY_MAX,
  BULLETIN_NOT_FOUND,
  type BulletinActor,
  bulletinPostDecider,
  TITLE_MAX,
} from '../../../domain/bulletin/bulletin-post';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { BULLETIN_SORTS, findBulletinPost, listBulletinPosts } from '../../../projections/bulletin/bulletin-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import { newRecordIdFor } from '../../../application/commands/command-id';
import { callerOf, markReadModels, sendRefusal } from '../command-answer';
import { type CommandPipeline, commandRequest } from '../../../application/commands/command-pipeline';
import { decodeOr400 } from '../validation';
import { boundedInt, SearchText } from '../input-codecs';

const Filter = t.exact(t.partial({ q: SearchText, pinned: t.boolean }));
const NewPost = t.intersection([
  t.type({ title: requiredText(TITLE_MAX), body: requiredText(BODY_MAX) }),
  t.partial({ pinned: t.boolean }),
]);
/** react-admin sends the whole record back; `revision` is what the editor saw, so a later change by someone else is 409. */
const PostChange = t.partial({
  title: requiredText(TITLE_MAX),
  body: requiredText(BODY_MAX),
  pinned: t.boolean,
  revision: boundedInt(0, Number.MAX_SAFE_INTEGER),
});

const actorOf = (req: Request): BulletinActor => ({
  staffUserId: req.principal!.staffUserId,
  isAdmin: req.principal!.roles.includes('admin'),
});

/** 社内共通掲示板 as a ra-data-simple-rest resource: everybody signed in reads, `bulletin.post` writes. */
export function bulletinPostsRouter(deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline }): Router {
  const router = Router();
  router.use('/bulletin-posts', requireSignIn);

  const sendPost = async (req: Request, res: Response, id: string, status = 200) => {
    const post = await findBulletinPost(deps.db, tenantOf(req), id);
    if (post) res.status(status).json(post);
    else res.status(404).json({ error: BULLETIN_NOT_FOUND });
  };

  router.get('/bulletin-posts', async (req, res) => {
    const params = listParamsOr400(req, res, BULLETIN_SORTS, { field: 'publishedAt', order: 'DESC' }, Filter);
    if (!params) return;
    const { rows, total } = await listBulletinPosts(deps.db, tenantOf(req), { ...params, ...params.filter });
    sendList(res, 'bulletin-posts', rows, params.offset, total);
  });

  router.get('/bulletin-posts/:id', (req, res) => sendPost(req, res, req.params.id));

  router.post('/bulletin-posts', requirePermission('bulletin.post'), async (req, res) => {
    const body = decodeOr400(NewPost, req.body ?? {}, res);
    if (!body) return;
    const postId = newRecordIdFor('bulletin-post', callerOf(req));
    const { tenantId, staffUserId } = req.principal!;
    const command = {
      type: 'PublishBulletinPost',
      postId,
      tenantId,
      authorId: staffUserId,
      title: body.title,
      body: body.body,
      pinned: body.pinned ?? false,
    } as const;
    const result = await deps.pipeline.run(
      commandRequest(bulletinPostDecider, streamName.bulletinPost(postId), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendPost(req, res, postId, 201);
  });

  router.put('/bulletin-posts/:id', requirePermission('bulletin.post'), async (req, res) => {
    const body = decodeOr400(PostChange, req.body ?? {}, res);
    if (!body) return;
    const id = req.params.id as string;
    if (!isUuid(id)) return void res.status(404).json({ error: BULLETIN_NOT_FOUND });
    const { revision, ...change } = body;
    const command = { type: 'ReviseBulletinPost', tenantId: tenantOf(req), by: actorOf(req), ...change } as const;
    const result = await deps.pipeline.run(
      commandRequest(bulletinPostDecider, streamName.bulletinPost(id), command, { expectedRevision: revision }),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendPost(req, res, id);
  });

  router.delete('/bulletin-posts/:id', requirePermission('bulletin.post'), async (req, res) => {
    const id = req.params.id as string;
    const post = await findBulletinPost(deps.db, tenantOf(req), id);
    if (!post) return void res.status(404).json({ error: BULLETIN_NOT_FOUND });
    const command = { type: 'DeleteBulletinPost', tenantId: tenantOf(req), by: actorOf(req) } as const;
    const result = await deps.pipeline.run(
      commandRequest(bulletinPostDecider, streamName.bulletinPost(id), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    // ra-data-simple-rest expects the deleted record back.
    res.json(post);
  });

  return router;
}
