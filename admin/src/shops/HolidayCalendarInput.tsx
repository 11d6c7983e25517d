import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, Chip, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** This month in Tokyo, where the shop is: the calendar opens on it. */
const tokyoMonth = () => {
  const [year, month] = new Date(Date.now() + 9 * 3_600_000).toISOString().split('-').map(Number);
  return { year: year!, month: month! - 1 };
};

/**
 * 休業日設定: a month of clickable days; a click closes or reopens the day. Weekends are closed anyway (shown grey),
 * so are public holidays, which the server knows. The chosen days are listed below, each removable.
 */
export const HolidayCalendarInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field } = useInput<string[]>({ source, defaultValue: [] });
  const holidays: string[] = field.value ?? [];
  const [{ year, month }, setMonth] = useState(tokyoMonth);
  const toggle = (day: string) =>
    field.onChange(holidays.includes(day) ? holidays.filter((d) => d !== day) : [...holidays, day].sort());
  const move = (by: number) =>
    setMonth(({ year: y, month: m }) => ({ year: y + Math.floor((m + by) / 12), month: (m + by + 12) % 12 }));
  const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells = [...Array<null>(firstWeekday).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  return (
    <Box sx={{ mb: 2 }} data-testid="holiday-calendar">
      <Typography variant="subtitle1">{translate('oms.shops.holidays')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('oms.shops.holidays_help')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <IconButton aria-label={translate('oms.shops.previous_month')} onClick={() => move(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography data-testid="calendar-month">
          {year}年{month + 1}月
        </Typography>
        <IconButton aria-label={translate('oms.shops.next_month')} onClick={() => move(1)}>
          <ChevronRightIcon />
        </IconButton>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 2.75rem)', gap: 0.5 }} data-testid="calendar-days">
        {WEEKDAYS.map((w) => (
          <Typography key={w} variant="caption" align="center">
            {w}
          </Typography>
        ))}
        {cells.map((date, i) => {
          if (date === null) return <span key={`blank-${i}`} />;
          const day = dayOf(year, month, date);
          const closed = holidays.includes(day);
          const weekend = i % 7 === 0 || i % 7 === 6;
          return (
            <Button
              key={day}
              size="small"
              variant={closed ? 'contained' : 'text'}
              color={closed ? 'error' : 'inherit'}
              disabled={weekend}
              aria-pressed={closed}
              aria-label={day}
              onClick={() => toggle(day)}
              sx={{ minWidth: 0 }}
            >
              {date}
            </Button>
          );
        })}
      </Box>
      <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', gap: 0.5 }} data-testid="holiday-list">
        {holidays.map((day) => (
          <Chip key={day} label={day} onDelete={() => toggle(day)} size="small" />
        ))}
      </Stack>
    </Box>
  );
};
