/**
 * Text put where the cursor of a text box stands (replacing what is selected there), as typing would; at the end when
 * the box never had the cursor. Returns the new value and where the cursor goes: after what was put in.
 */
export function insertAtCursor(
  value: string,
  inserted: string,
  box: Pick<HTMLInputElement, 'selectionStart' | 'selectionEnd'> | null | undefined,
): { value: string; caret: number } {
  const start = box?.selectionStart ?? value.length;
  const end = box?.selectionEnd ?? start;
  return { value: value.slice(0, start) + inserted + value.slice(end), caret: start + inserted.length };
}

/** Gives the box its cursor back after the text changed under it (a click on a menu took the focus away). */
export function placeCaret(box: HTMLInputElement | HTMLTextAreaElement | null | undefined, caret: number): void {
  if (!box) return;
  requestAnimationFrame(() => {
    box.focus();
    box.setSelectionRange(caret, caret);
  });
}
