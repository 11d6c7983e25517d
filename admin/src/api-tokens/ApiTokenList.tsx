import { Datagrid, DateField, DeleteButton, List, TextField, useRecordContext, useTranslate } from 'react-admin';

interface ApiToken {
  readonly id: string;
  readonly revokedAt: string | null;
}

const tokyoTime = { showTime: true, locales: 'ja-JP', options: { timeZone: 'Asia/Tokyo' }, sortable: false } as const;

/** 失効 for a live token (after a confirmation), the state for one already revoked. */
const RevokeOrState = () => {
  const token = useRecordContext<ApiToken>();
  const translate = useTranslate();
  if (!token) return null;
  if (token.revokedAt) return <>{translate('oms.api_tokens.revoked')}</>;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      label="oms.api_tokens.revoke"
      confirmTitle="oms.api_tokens.revoke_title"
      confirmContent="oms.api_tokens.revoke_content"
    />
  );
};

/**
 * APIトークン: the tenant's tokens for scripts (made with `oms token create`), whose they are and since when, never the
 * token itself; revoking one stops it at once. Administrators only (users.manage), like the API behind it.
 */
export const ApiTokenList = () => (
  <List pagination={false} actions={false} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="username" sortable={false} />
      <TextField source="displayName" sortable={false} />
      <DateField source="createdAt" {...tokyoTime} />
      <DateField source="revokedAt" {...tokyoTime} />
      <RevokeOrState />
    </Datagrid>
  </List>
);
