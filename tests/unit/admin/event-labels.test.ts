import { EVENT_LABELS_EN, EVENT_LABELS_JA } from '../../../admin/src/i18n/event-labels';
import { createProductEventRegistry } from '../../../application/events/product-events';

describe('the history screens', () => {
  test('name every event the product writes, in Japanese and in English', () => {
    const types = createProductEventRegistry().types;
    const labels = [EVENT_LABELS_JA, EVENT_LABELS_EN] as Record<string, string>[];
    expect(labels.map((named) => types.filter((type) => !named[type]))).toEqual([[], []]);
  });
});
