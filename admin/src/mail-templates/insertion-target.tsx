import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { insertAtCursor, placeCaret } from '../canned-phrases/insert-at-cursor';

type Box = HTMLInputElement | HTMLTextAreaElement;

interface InsertionTarget {
  /** Puts text at the cursor of the form's box that last had the focus (the subject until one had). */
  insert(text: string): void;
}

const InsertionContext = createContext<InsertionTarget>({ insert: () => undefined });
export const useInsertionTarget = () => useContext(InsertionContext);

/**
 * Remembers which of the form's text boxes the person was writing in (by the `name` react-admin gives each input), so
 * that a field or a phrase chosen from a menu goes where the cursor was, as if typed there.
 */
export const InsertionTargetProvider = ({ names, children }: { names: readonly string[]; children: ReactNode }) => {
  const { getValues, setValue } = useFormContext();
  const last = useRef<Box | null>(null);
  const insert = useCallback(
    (text: string) => {
      const box = last.current ?? document.querySelector<Box>(`[name="${names[0]}"]`) ?? null;
      const name = box?.name ?? names[0]!;
      const next = insertAtCursor(String(getValues(name) ?? ''), text, box);
      setValue(name, next.value, { shouldDirty: true });
      placeCaret(box, next.caret);
    },
    [getValues, setValue, names],
  );
  const target = useMemo(() => ({ insert }), [insert]);
  return (
    <InsertionContext.Provider value={target}>
      <div
        onFocusCapture={(event) => {
          const box = event.target as Box;
          if (names.includes(box.name)) last.current = box;
        }}
      >
        {children}
      </div>
    </InsertionContext.Provider>
  );
};
