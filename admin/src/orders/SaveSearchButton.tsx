import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useCreate, useListContext, useNotify, useTranslate } from 'react-admin';

/** 検索条件を保存: the list's current filter and sort under a name, for oneself or shared with everybody. */
export const SaveSearchButton = () => {
  const { filterValues, sort } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [create, { isPending }] = useCreate();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);

  const save = () =>
    create(
      'saved-searches',
      { data: { name, filter: filterValues, sort, shared } },
      {
        onSuccess: () => {
          notify('oms.saved_searches.saved', { type: 'success', messageArgs: { name } });
          setOpen(false);
          setName('');
          setShared(false);
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button size="small" startIcon={<BookmarkAddIcon />} onClick={() => setOpen(true)}>
        {translate('oms.saved_searches.save')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('oms.saved_searches.save')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('resources.saved-searches.fields.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 50 } }}
          />
          <FormControlLabel
            control={<Checkbox checked={shared} onChange={(event) => setShared(event.target.checked)} />}
            label={translate('oms.saved_searches.share')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={name.trim() === '' || isPending} onClick={save}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
