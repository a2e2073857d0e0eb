import { useEffect } from 'react';

type Guard = (leave: () => void) => void;

/** The open page's check before the main menu takes the user elsewhere; one page at a time. */
let current: Guard | null = null;

/** Runs `leave` now, or after the open page's form has asked (e.g. 设置 with unsaved changes). */
export function leavePage(leave: () => void): void {
  if (current) current(leave);
  else leave();
}

/**
 * While the calling page is shown, the main menu asks it before leaving. Whole-page forms use
 * it with useConfirmDiscard, as dialogs do with their close button.
 */
export function useLeaveGuard(guard: Guard): void {
  useEffect(() => {
    current = guard;
    return () => {
      if (current === guard) current = null;
    };
  }, [guard]);
}
