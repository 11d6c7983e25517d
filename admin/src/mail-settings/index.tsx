import MailIcon from '@mui/icons-material/EmailOutlined';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  BooleanField,
  BooleanInput,
  Button,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NumberInput,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useCan } from '../auth/useCan';
import { httpClient } from '../dataProvider/http-client';

interface SmtpSummary {
  mode: 'smtp' | 'rakuten-relay';
  host: string;
  port: number;
  security: string;
  user: string | null;
  from: string;
  passwordSet: boolean;
}
interface MailSettingsRecord {
  id: string;
  shopName: string;
  smtp: (SmtpSummary & { password?: string }) | null;
}
type Window = 'always' | { from: string; to: string };

/** The 携帯メールタイマー as one text: `08:00-21:00`, or `always`. */
const formatWindow = (w: Window | undefined) =>
  w === undefined ? '' : w === 'always' ? 'always' : `${w.from}-${w.to}`;
const parseWindow = (text: string): Window | string => {
  const match = /^\s*(\d{1,2}:\d{2})\s*[-〜～~]\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  const pad = (t: string) => t.padStart(5, '0');
  return match ? { from: pad(match[1]!), to: pad(match[2]!) } : text.trim();
};

const MailSettingsList = () => (
  <List pagination={false} exporter={false} actions={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="shopName" />
      <FunctionField<MailSettingsRecord> source="smtp" sortable={false} render={(r) => r.smtp?.from ?? '—'} />
      <BooleanField source="automatic.thanks" sortable={false} />
      <BooleanField source="automatic.shipped" sortable={false} />
      <BooleanField source="automatic.follow_up" sortable={false} />
    </Datagrid>
  </List>
);

/** The DKIM and SPF records to publish, to be copied into the domain's DNS. */
const DnsRecords = () => {
  const record = useRecordContext<MailSettingsRecord>();
  const translate = useTranslate();
  const [records, setRecords] = useState<Array<{ kind: string; type: string; name: string; value: string }>>([]);
  const smtpKey = JSON.stringify(record?.smtp ?? null);
  useEffect(() => {
    if (!record) return;
    httpClient(`/api/mail-settings/${record.id}/dns-records`).then(
      ({ json }) => setRecords((json as { records: typeof records }).records),
      () => setRecords([]),
    );
  }, [record, smtpKey]);
  if (!record?.smtp) return null;
  return (
    <Box sx={{ my: 2, width: '100%' }} data-testid="dns-records">
      <Typography variant="subtitle1">{translate('resources.mail-settings.dns.title')}</Typography>
      {records.length === 0 ? (
        <Typography variant="body2">{translate('resources.mail-settings.dns.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.mail-settings.dns.name')}</TableCell>
              <TableCell>{translate('resources.mail-settings.dns.type')}</TableCell>
              <TableCell>{translate('resources.mail-settings.dns.value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {records.map((r) => (
              <TableRow key={r.kind}>
                <TableCell sx={{ fontFamily: 'monospace', userSelect: 'all' }}>{r.name}</TableCell>
                <TableCell>{r.type}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }}>
                  {r.value}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

/** 接続テスト: connects with the saved settings and shows OK or the server's answer. */
const SmtpCheckButton = () => {
  const record = useRecordContext<MailSettingsRecord>();
  const notify = useNotify();
  const [running, setRunning] = useState(false);
  if (!record?.smtp) return null;
  const check = () => {
    setRunning(true);
    httpClient(`/api/mail-settings/${record.id}/smtp-check`, { method: 'POST' })
      .then(({ json }) => {
        const { ok, message } = json as { ok: boolean; message: string };
        notify(ok ? 'resources.mail-settings.check.ok' : 'resources.mail-settings.check.failed', {
          type: ok ? 'success' : 'error',
          messageArgs: { message },
        });
      })
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }))
      .finally(() => setRunning(false));
  };
  return <Button label="resources.mail-settings.check.button" onClick={check} disabled={running} />;
};

/** The password is write-only: an empty field keeps the saved one, which the helper text says is there. */
const SmtpInputs = () => {
  const record = useRecordContext<MailSettingsRecord>();
  const mode = useWatch({ name: 'smtp.mode' }) as string | undefined;
  const translate = useTranslate();
  const relay = mode === 'rakuten-relay';
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('resources.mail-settings.smtp_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.mail-settings.smtp_help')}
      </Typography>
      <SelectInput
        source="smtp.mode"
        defaultValue="smtp"
        choices={[
          { id: 'smtp', name: 'resources.mail-settings.modes.smtp' },
          { id: 'rakuten-relay', name: 'resources.mail-settings.modes.rakuten-relay' },
        ]}
      />
      <TextInput source="smtp.host" helperText={relay ? 'resources.mail-settings.help.relay_host' : false} />
      <NumberInput source="smtp.port" min={1} max={65535} />
      <SelectInput
        source="smtp.security"
        choices={[
          { id: 'starttls-if-offered', name: 'resources.mail-settings.security.starttls-if-offered' },
          { id: 'starttls', name: 'resources.mail-settings.security.starttls' },
          { id: 'tls', name: 'resources.mail-settings.security.tls' },
        ]}
      />
      <TextInput source="smtp.user" />
      <PasswordInput
        source="smtp.password"
        autoComplete="new-password"
        helperText={
          record?.smtp?.passwordSet
            ? 'resources.mail-settings.help.password_set'
            : 'resources.mail-settings.help.password_unset'
        }
      />
      <TextInput source="smtp.from" fullWidth helperText="resources.mail-settings.help.from" />
    </Box>
  );
};

/** What is sent back: empty SMTP fields are no SMTP change; an empty password keeps the saved one. */
const transform = (data: MailSettingsRecord & Record<string, unknown>) => {
  const { smtp, ...rest } = data;
  if (!smtp?.from?.trim()) return rest;
  const { passwordSet: _set, password, ...fields } = smtp;
  return {
    ...rest,
    smtp: {
      ...fields,
      host: fields.host?.trim() || undefined,
      port: fields.port ?? undefined,
      user: fields.user?.trim() || null,
      ...(password ? { password } : {}),
    },
  };
};

const MailSettingsEdit = () => {
  const canManage = useCan('settings.manage');
  return (
    <Edit mutationMode="pessimistic" transform={transform} redirect={false}>
      <SimpleForm toolbar={canManage ? undefined : false}>
        <TextField source="shopName" variant="h6" />
        <BooleanInput source="automatic.thanks" />
        <BooleanInput source="automatic.payment_confirmed" />
        <BooleanInput source="automatic.shipped" />
        <BooleanInput source="automatic.follow_up" />
        <NumberInput source="followUpDays" min={1} max={90} />
        <TextInput
          source="mobileSendWindow"
          format={formatWindow}
          parse={parseWindow}
          helperText="resources.mail-settings.help.window"
        />
        <NumberInput source="myPageLinkDays" min={1} max={730} />
        <TextInput source="signature" multiline minRows={3} fullWidth />
        <SmtpInputs />
        <SmtpCheckButton />
        <DnsRecords />
      </SimpleForm>
    </Edit>
  );
};

export default { list: MailSettingsList, edit: MailSettingsEdit, icon: MailIcon };
