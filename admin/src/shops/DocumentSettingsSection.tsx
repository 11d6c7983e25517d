import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  HttpError,
  maxLength,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DOCUMENT_TEXT_LIMITS, GREETING_KINDS } from '../../../domain/documents/document-settings';
import { httpClient } from '../dataProvider/http-client';
import { DocumentImageInput } from './DocumentImageInput';

interface Warning {
  readonly ja: string;
  readonly en: string;
}
interface DocumentSettings {
  readonly issuer: Record<string, string | null>;
  readonly greetings: Record<string, string>;
  readonly receiptProviso: string;
  readonly taxRounding: string;
  readonly leaveDocumentsWaiting: string;
  readonly logo: string | null;
  readonly seal: string | null;
  readonly warnings: readonly Warning[];
}

const TAX_ROUNDING = ['down', 'up', 'nearest'].map((id) => ({ id, name: `oms.documents.tax_rounding.${id}` }));
const LEAVE_WAITING = ['documents', 'labels', 'both', 'manual'].map((id) => ({
  id,
  name: `oms.documents.leave_waiting.${id}`,
}));
const L = DOCUMENT_TEXT_LIMITS;

const ISSUER_FIELDS = [
  ['name', L.name, true],
  ['postalCode', L.postalCode, false],
  ['address', L.address, false],
  ['phone', L.phone, false],
  ['email', L.email, false],
  ['registrationNumber', L.registrationNumber, false],
] as const;

/**
 * 帳票設定 on the shop's edit screen: the issuer (with the 登録番号; a check digit that does not hold is saved and
 * shown as a warning), logo and 角印, the greeting per kind, the 但し書き, the tax rounding and when printing moves an
 * order on. Its own form, saved to /api/shops/:id/document-settings; images are saved as soon as they are chosen.
 */
export const DocumentSettingsSection = () => {
  const shop = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const url = `/api/shops/${encodeURIComponent(String(shop?.id))}`;
  const key = ['document-settings', shop?.id];
  const { data } = useQuery({
    queryKey: key,
    enabled: shop !== undefined,
    queryFn: async () => (await httpClient(`${url}/document-settings`)).json as DocumentSettings,
  });

  const send = async (path: string, body: unknown) => {
    try {
      const { json } = await httpClient(`${url}/${path}`, { method: 'PUT', body: JSON.stringify(body) });
      queryClient.setQueryData(key, json);
      notify('oms.documents.saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, string> }).errors : undefined;
      if (errors && Object.keys(errors).length > 0) return errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return undefined;
    }
  };

  if (!data) return null;
  const { warnings, logo, seal, ...settings } = data;
  return (
    <Card sx={{ mt: 2 }} data-testid="document-settings">
      <CardContent>
        <Typography variant="h6">{translate('oms.documents.title')}</Typography>
        <DocumentImageInput
          label="oms.documents.logo"
          value={logo}
          testId="document-logo"
          onChange={(dataUrl) => send('document-images/logo', { dataUrl }).then(() => undefined)}
        />
        <DocumentImageInput
          label="oms.documents.seal"
          value={seal}
          testId="document-seal"
          onChange={(dataUrl) => send('document-images/seal', { dataUrl }).then(() => undefined)}
        />
      </CardContent>
      <SimpleForm
        record={{
          ...settings,
          issuer: { ...settings.issuer, registrationNumber: settings.issuer.registrationNumber ?? '' },
        }}
        onSubmit={(values: Record<string, unknown>) => send('document-settings', values)}
        toolbar={
          <Toolbar>
            <SaveButton label="oms.documents.save" />
          </Toolbar>
        }
      >
        {ISSUER_FIELDS.map(([field, max, isRequired]) => (
          <TextInput
            key={field}
            source={`issuer.${field}`}
            label={`oms.documents.issuer.${field}`}
            validate={isRequired ? [required(), maxLength(max)] : maxLength(max)}
            {...(field === 'registrationNumber' && { helperText: 'oms.documents.registration_number_help' })}
            fullWidth={field === 'address' || field === 'name'}
          />
        ))}
        {warnings.map((warning) => (
          <Alert key={warning.en} severity="warning" data-testid="registration-number-warning">
            {warning.ja}
          </Alert>
        ))}
        {GREETING_KINDS.map((kind) => (
          <TextInput
            key={kind}
            source={`greetings.${kind}`}
            label={translate('oms.documents.greeting', { kind: translate(`oms.printing.kinds.${kind}`) })}
            multiline
            minRows={2}
            fullWidth
            validate={maxLength(L.greeting)}
          />
        ))}
        <TextInput
          source="receiptProviso"
          label="oms.documents.receipt_proviso"
          validate={maxLength(L.receiptProviso)}
        />
        <SelectInput
          source="taxRounding"
          label="oms.documents.tax_rounding.label"
          choices={TAX_ROUNDING}
          validate={required()}
        />
        <SelectInput
          source="leaveDocumentsWaiting"
          label="oms.documents.leave_waiting.label"
          choices={LEAVE_WAITING}
          validate={required()}
        />
      </SimpleForm>
    </Card>
  );
};
