import { DateField, type DateFieldProps, useLocale } from 'react-admin';

// Shops and staff work in Japan time whatever the browser's own zone.
const options: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
};

export const TokyoDateTimeField = (props: DateFieldProps) => {
  const locale = useLocale();
  return (
    <DateField
      showTime
      locales={locale === 'ja' ? 'ja-JP' : 'en-US'}
      options={options}
      emptyText="oms.projections.never_updated"
      {...props}
    />
  );
};
