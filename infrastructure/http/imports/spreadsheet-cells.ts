/**
 * A text cell Excel or LibreOffice would run as a formula (`=HYPERLINK(…)`, `+1`, `-1+1`, `@SUM(…)`, or one of those
 * after a tab or carriage return) starts with a single quote instead, as OWASP's "CSV Injection" advises: the cell
 * then shows as the text it is. A file's cells reach the problems CSV through the messages that quote them.
 */
export const spreadsheetSafe = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
