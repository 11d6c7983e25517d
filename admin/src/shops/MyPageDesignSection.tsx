import { Card, CardContent, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  HttpError,
  maxLength,
  regex,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { httpClient } from '../dataProvider/http-client';

interface MyPageDesign {
  readonly headerColour: string;
  readonly heading: string;
  readonly notice: string;
  readonly contactLine: string;
}

/** マイページのデザイン on the shop's edit screen: its own small form, saved to /api/shops/:id/my-page-design. */
export const MyPageDesignSection = () => {
  const shop = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const url = `/api/shops/${encodeURIComponent(String(shop?.id))}/my-page-design`;
  const key = ['my-page-design', shop?.id];
  const { data } = useQuery({
    queryKey: key,
    enabled: shop !== undefined,
    queryFn: async () => (await httpClient(url)).json as MyPageDesign,
  });

  const save = async (values: Record<string, unknown>) => {
    try {
      const { headerColour, heading, notice, contactLine } = values;
      const body = { headerColour, heading: heading ?? '', notice: notice ?? '', contactLine: contactLine ?? '' };
      const { json } = await httpClient(url, { method: 'PUT', body: JSON.stringify(body) });
      queryClient.setQueryData(key, json);
      notify('oms.my_page_design.saved', { type: 'success' });
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
  return (
    <Card sx={{ mt: 2 }} data-testid="my-page-design">
      <CardContent>
        <Typography variant="h6">{translate('oms.my_page_design.title')}</Typography>
        <Typography variant="body2">{translate('oms.my_page_design.help')}</Typography>
      </CardContent>
      <SimpleForm
        record={data}
        onSubmit={save}
        toolbar={
          <Toolbar>
            <SaveButton label="oms.my_page_design.save" />
          </Toolbar>
        }
      >
        <TextInput
          source="headerColour"
          label="oms.my_page_design.header_colour"
          helperText="oms.my_page_design.header_colour_help"
          validate={[required(), regex(/^#[0-9a-fA-F]{6}$/, 'oms.my_page_design.header_colour_help')]}
        />
        <TextInput
          source="heading"
          label="oms.my_page_design.heading"
          helperText="oms.my_page_design.heading_help"
          validate={maxLength(60)}
          fullWidth
        />
        <TextInput
          source="notice"
          label="oms.my_page_design.notice"
          multiline
          minRows={2}
          fullWidth
          validate={maxLength(1000)}
        />
        <TextInput source="contactLine" label="oms.my_page_design.contact_line" fullWidth validate={maxLength(200)} />
      </SimpleForm>
    </Card>
  );
};
