import ShortTextIcon from '@mui/icons-material/ShortText';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';

/**
 * 定型文を挿入: a menu of the tenant's canned phrases of one category; the chosen text is handed to `onInsert`, which
 * puts it at the cursor of the box being written. Used in the mail template editor and the order's memo and message.
 */
export const CannedPhraseInserter = ({
  category,
  onInsert,
}: {
  category: 'memo' | 'mail';
  onInsert: (text: string) => void;
}) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: phrases = [], isPending } = useGetList<{ id: string; text: string }>(
    'canned-phrases',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'category', order: 'ASC' }, filter: { category } },
    { enabled: anchor !== null },
  );
  return (
    <>
      <Button
        label="oms.canned_phrases.insert"
        // Keeps the cursor in the box: a click on the button would otherwise take the focus (and the selection) away.
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <ShortTextIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {/* Until the phrases came, say so: 「定型文がありません」 would be untrue. */}
        {isPending && <MenuItem disabled>{translate('ra.page.loading')}</MenuItem>}
        {!isPending && phrases.length === 0 && <MenuItem disabled>{translate('oms.canned_phrases.none')}</MenuItem>}
        {phrases.map((phrase) => (
          <MenuItem
            key={phrase.id}
            onClick={() => {
              setAnchor(null);
              onInsert(phrase.text);
            }}
          >
            <ListItemText primary={phrase.text} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
