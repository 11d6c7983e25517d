/** The generic 404 body; a missing record and another tenant's record answer alike. */
export const NOT_FOUND = { code: 'not_found', ja: '見つかりません', en: 'not found' } as const;
