import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLensStore } from '../../stores/lens.js';
import { useOrgStore } from '../../stores/org.js';

/** Opening a branch (read-only) and going back to the office's own screens. */
export function useBranchLens() {
  const navigate = useNavigate();
  const open = useCallback(
    (code: string, name: string, path = '/members') => {
      useLensStore.getState().enter({ code, name });
      void useOrgStore.getState().load();
      void navigate(path);
    },
    [navigate],
  );
  const close = useCallback(() => {
    useLensStore.getState().leave();
    void useOrgStore.getState().load();
    void navigate('/');
  }, [navigate]);
  return { open, close };
}
