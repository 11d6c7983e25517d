import { CONFLICT } from '../../../../application/commands/refusals';
import { domainError } from '../../../../domain/shared/decider';
import { refusalAnswer } from '../../../../infrastructure/http/command-answer';

const rejected = (code: string) => ({ kind: 'rejected', error: domainError(code, 'ja', 'en') }) as const;

describe('refusal → HTTP status: the one table', () => {
  test.each([
    ['order.not_found', 404],
    ['customer.not_found', 404],
    ['tenant_access.not_granted', 404],
    ['bulletin.not_allowed', 403],
    ['saved_search.not_owner', 403],
    ['staff_user.already_registered', 409],
    ['processing_route.already_defined', 409],
    ['import_mapping.name_taken', 409],
    ['order.cancelled', 422],
    ['order.already_shipped', 422],
  ])('%s is %i, with the refusal as the error', (code, status) => {
    expect(refusalAnswer(rejected(code))).toEqual({ status, body: { error: domainError(code, 'ja', 'en') } });
  });

  test('a stale edit is 409 with the one conflict message and where the record is now', () => {
    expect(refusalAnswer({ kind: 'conflict', currentRevision: 3n })).toEqual({
      status: 409,
      body: { error: CONFLICT, currentRevision: 3 },
    });
    expect(refusalAnswer({ kind: 'conflict', currentRevision: undefined }).body.currentRevision).toBeNull();
  });

  test('a reference that names nothing is 422 on its field, even when its code says not_found', () => {
    const error = domainError('processing_route.not_found', '処理ルートが見つかりません', 'no such processing route');
    expect(refusalAnswer({ kind: 'unresolved', error, path: 'routeId' })).toEqual({
      status: 422,
      body: { error: { ...error, fields: [{ path: 'routeId', ja: error.ja, en: error.en }] } },
    });
  });
});
