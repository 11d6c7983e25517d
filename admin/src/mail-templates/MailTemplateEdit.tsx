import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Box, FormControlLabel, Stack, Switch } from '@mui/material';
import { useRef, useState } from 'react';
import {
  Button,
  Confirm,
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { InsertionTargetProvider } from './insertion-target';
import { MAIL_KIND_CHOICES } from './kinds';
import { MailPreview, type OrderOption, OrderPicker, useNewestOrder, useTrial } from './MailPreview';
import { type MailTemplateRecord, resetTemplate, type TemplateDraft } from './mailTemplatesApi';
import { MergeFieldInserter } from './MergeFieldInserter';
import { TestSendButton } from './TestSendButton';
import { useCan } from '../auth/useCan';

const EDITED = ['subject', 'text', 'mjml'] as const;

/** An HTML body to start from when a text-only template gets one: the text's paragraphs in one mjml section. */
const mjmlFrom = (text: string) =>
  [
    '<mjml>',
    '  <mj-body>',
    '    <mj-section>',
    '      <mj-column>',
    ...text
      .split(/\n{2,}/)
      .filter((paragraph) => paragraph.trim() !== '')
      .map((paragraph) => `        <mj-text>${paragraph.split('\n').join('<br />\n          ')}</mj-text>`),
    '      </mj-column>',
    '    </mj-section>',
    '  </mj-body>',
    '</mjml>',
    '',
  ].join('\n');

/** テキストのみ: a template without an HTML part; switched back, the HTML body written before returns. */
const TextOnlySwitch = () => {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const mjml = useWatch({ name: 'mjml' }) as string | null;
  const before = useRef<string | null>(null);
  return (
    <FormControlLabel
      label={translate('oms.mail_templates.text_only')}
      control={
        <Switch
          checked={mjml === null}
          onChange={(event) => {
            if (event.target.checked) {
              before.current = mjml;
              setValue('mjml', null, { shouldDirty: true });
            } else setValue('mjml', before.current ?? mjmlFrom(String(getValues('text') ?? '')), { shouldDirty: true });
          }}
        />
      }
    />
  );
};

const HtmlBody = () => {
  const mjml = useWatch({ name: 'mjml' }) as string | null;
  if (mjml === null) return null;
  return (
    <TextInput
      source="mjml"
      multiline
      fullWidth
      minRows={12}
      maxRows={30}
      parse={(value: string) => value}
      sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 12 } }}
    />
  );
};

/** 初期値に戻す: the product's default template again; the form shows it at once. */
const ResetButton = () => {
  const record = useRecordContext<MailTemplateRecord>();
  const { reset } = useFormContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button label="oms.mail_templates.reset" onClick={() => setOpen(true)} disabled={!record.customised}>
        <RestartAltIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="oms.mail_templates.reset_title"
        content="oms.mail_templates.reset_content"
        onConfirm={async () => {
          setOpen(false);
          try {
            reset(await resetTemplate(record.id));
            notify('oms.mail_templates.reset_done', { type: 'success' });
            refresh();
          } catch (error) {
            notify(error instanceof Error ? error.message : String(error), { type: 'error' });
          }
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const EditorBody = () => {
  const canManage = useCan('settings.manage');
  // undefined until the person picks one: the newest order of the shop is shown meanwhile.
  const [picked, setPicked] = useState<OrderOption | null | undefined>(undefined);
  const newest = useNewestOrder();
  const order = picked === undefined ? newest : picked;
  const trial = useTrial(order?.id ?? null);
  return (
    <Box
      sx={{
        width: '100%',
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0,1fr) minmax(0,1fr)' },
        gap: 2,
      }}
    >
      <InsertionTargetProvider names={EDITED}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <MergeFieldInserter />
        </Stack>
        <TextInput source="subject" fullWidth />
        <TextInput source="text" multiline fullWidth minRows={12} maxRows={30} parse={(value: string) => value} />
        <TextOnlySwitch />
        <HtmlBody />
      </InsertionTargetProvider>
      <Stack spacing={1} sx={{ minWidth: 0 }}>
        <OrderPicker value={order} onChange={setPicked} />
        <MailPreview trial={trial} />
        {canManage && (
          <Box>
            <TestSendButton trial={trial} />
          </Box>
        )}
      </Stack>
    </Box>
  );
};

const EditorToolbar = () => (
  <Toolbar>
    <SaveButton />
    <Box sx={{ flex: 1 }} />
    <ResetButton />
  </Toolbar>
);

const Title = () => {
  const record = useRecordContext<MailTemplateRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const kind = MAIL_KIND_CHOICES.find((choice) => choice.id === record.kind);
  return (
    <span>
      {translate('resources.mail-templates.name', { smart_count: 1 })}：{record.shopName}{' '}
      {kind ? translate(kind.name) : record.kind}
    </span>
  );
};

/** Only what the template is made of goes to the server. */
const draftOf = ({ subject, text, mjml }: TemplateDraft): TemplateDraft => ({ subject, text, mjml: mjml ?? null });

/** The template editor: subject, text and HTML (mjml) bodies with fields and phrases put in at the cursor, a live preview with a real order, テスト送信 and 初期値に戻す. */
export const MailTemplateEdit = () => {
  // Staff who may not change settings read the template and its preview; saving, resetting and test sends are not theirs.
  const canManage = useCan('settings.manage');
  return (
    <Edit mutationMode="pessimistic" redirect={false} title={<Title />} transform={draftOf}>
      <SimpleForm toolbar={canManage ? <EditorToolbar /> : false}>
        <EditorBody />
      </SimpleForm>
    </Edit>
  );
};
