import DataObjectIcon from '@mui/icons-material/DataObject';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Button, useGetList } from 'react-admin';
import { CannedPhraseInserter } from '../canned-phrases/CannedPhraseInserter';
import { useInsertionTarget } from './insertion-target';

/** 差込項目を挿入: the merge fields by their Japanese names, each with what it stands for; {{名前}} goes in at the cursor. */
export const MergeFieldInserter = () => {
  const { insert } = useInsertionTarget();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: fields = [] } = useGetList<{ id: string; name: string; description: string }>('mail-merge-fields', {
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <>
      <Button
        label="oms.mail_templates.insert_field"
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <DataObjectIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {fields.map((field) => (
          <MenuItem
            key={field.id}
            onClick={() => {
              setAnchor(null);
              insert(`{{${field.name}}}`);
            }}
          >
            <ListItemText primary={`{{${field.name}}}`} secondary={field.description} />
          </MenuItem>
        ))}
      </Menu>
      <CannedPhraseInserter category="mail" onInsert={insert} />
    </>
  );
};
