import { Button, CardContent } from '@mui/material';
import { Form, Login, PasswordInput, required, TextInput, useLogin, useNotify, useTranslate } from 'react-admin';

/** Sign-in asks for the tenant code too: one server serves many contracting companies. */
const LoginForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  return (
    <Form
      onSubmit={(values: Record<string, unknown>) =>
        login(values).catch((error: Error) => notify(error.message, { type: 'error' }))
      }
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', minWidth: 300 }}>
        <TextInput source="tenant" label="oms.auth.tenant" validate={required()} autoComplete="organization" />
        <TextInput source="username" label="oms.auth.username" validate={required()} autoComplete="username" />
        <PasswordInput
          source="password"
          label="oms.auth.password"
          validate={required()}
          autoComplete="current-password"
        />
        <Button type="submit" variant="contained" fullWidth>
          {translate('oms.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};

export const LoginPage = () => (
  <Login>
    <LoginForm />
  </Login>
);
