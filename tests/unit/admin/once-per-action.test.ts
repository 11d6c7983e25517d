import { NetworkFailure, oncePerAction } from '../../../admin/src/dataProvider/once-per-action';

/** A sender that fails the first `failures` attempts the way the browser does, and records the headers of each. */
const flakySender = (failures: number, failure: () => Error = () => new TypeError('Failed to fetch')) => {
  const attempts: Array<Readonly<Record<string, string>>> = [];
  const send = async (headers: Readonly<Record<string, string>>) => {
    attempts.push(headers);
    if (attempts.length <= failures) throw failure();
    return 'answered';
  };
  return { attempts, send };
};

test('a change is sent with one Idempotency-Key, and sent again with the same key when the connection fails', async () => {
  const { attempts, send } = flakySender(2);
  await expect(oncePerAction('POST', send)).resolves.toBe('answered');
  expect(attempts).toHaveLength(3);
  expect(attempts[0]!['Idempotency-Key']).toMatch(/^[0-9a-f-]{32,36}$/);
  expect(new Set(attempts.map((a) => a['Idempotency-Key'])).size).toBe(1);
});

test('an upload that got no answer is sent again too; after three attempts the failure reaches the user', async () => {
  const { attempts, send } = flakySender(3, () => new NetworkFailure('通信できませんでした'));
  await expect(oncePerAction('POST', send)).rejects.toThrow('通信できませんでした');
  expect(attempts).toHaveLength(3);
});

test('each action has its own key; an answer of the server is not a reason to send again; reads carry no key', async () => {
  const first = flakySender(0);
  const second = flakySender(0);
  await oncePerAction('PUT', first.send);
  await oncePerAction('DELETE', second.send);
  expect(first.attempts[0]!['Idempotency-Key']).not.toBe(second.attempts[0]!['Idempotency-Key']);

  const refused = flakySender(5, () => new Error('HTTP 422'));
  await expect(oncePerAction('PATCH', refused.send)).rejects.toThrow('HTTP 422');
  expect(refused.attempts).toHaveLength(1);

  const read = flakySender(0);
  await oncePerAction(undefined, read.send);
  expect(read.attempts).toEqual([{}]);
});
