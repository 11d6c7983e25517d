import {
  HttpError,
  PasswordInput,
  required,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useGetIdentity,
  useNotify,
} from 'react-admin';
import { Card } from '@mui/material';
import { httpClient } from '../dataProvider/http-client';

interface PasswordForm {
  readonly currentPassword: string;
  readonly password: string;
  readonly confirmation: string;
}

const longEnough = (value: string) => (value && [...value].length < 8 ? 'oms.staff_users.short_password' : undefined);
const sameAsNew = (value: string, values: PasswordForm) =>
  value === values.password ? undefined : 'oms.password.mismatch';

/**
 * パスワード変更: one's own password, given the current one (the server checks it and says so under its field when
 * it is wrong). Reached from the user menu.
 */
export const PasswordChange = () => {
  const { identity } = useGetIdentity();
  const notify = useNotify();

  const submit = async (values: Partial<PasswordForm>) => {
    try {
      await httpClient(`/api/staff-users/${encodeURIComponent(String(identity?.id))}/password`, {
        method: 'POST',
        body: JSON.stringify({ currentPassword: values.currentPassword, password: values.password }),
      });
    } catch (error) {
      // Field problems (a wrong current password) go under their inputs; anything else is a notification.
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, string> }).errors : undefined;
      if (errors && Object.keys(errors).length > 0) return errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return;
    }
    notify('oms.password.changed', { type: 'success' });
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="oms.password.title" />
      <SimpleForm
        onSubmit={submit}
        toolbar={
          <Toolbar>
            <SaveButton label="oms.password.save" alwaysEnable={false} />
          </Toolbar>
        }
      >
        <PasswordInput
          source="currentPassword"
          label="oms.password.current"
          validate={required()}
          autoComplete="current-password"
        />
        <PasswordInput
          source="password"
          label="oms.password.new"
          validate={[required(), longEnough]}
          autoComplete="new-password"
        />
        <PasswordInput
          source="confirmation"
          label="oms.password.confirmation"
          validate={[required(), sameAsNew]}
          autoComplete="new-password"
        />
      </SimpleForm>
    </Card>
  );
};
