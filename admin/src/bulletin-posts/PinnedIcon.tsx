import PushPinIcon from '@mui/icons-material/PushPin';
import { useTranslate } from 'react-admin';

/** The pin shown beside a pinned notice (ピン留め). */
export const PinnedIcon = ({ pinned }: { pinned: boolean }) => {
  const translate = useTranslate();
  return pinned ? (
    <PushPinIcon fontSize="small" color="warning" titleAccess={translate('oms.bulletin.pinned')} />
  ) : null;
};
