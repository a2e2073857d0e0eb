import { useRef, useState } from 'react';
import type { ImportField, ImportPreview, ImportResult } from '../../../electron/api/index.js';
import { call, failureMessage } from '../../api.js';
import { readBase64 } from '../../components/readBase64.js';

export type ImportStep = 0 | 1 | 2 | 3;

interface ChosenFile {
  fileName: string;
  fileBase64: string;
}

export type ColumnMapping = Record<string, ImportField | null>;

/**
 * The import wizard's state: the file, the column mapping the user corrected, the preview
 * for that mapping and the final result. Nothing is written until `commit`.
 */
export function useImportWizard() {
  const [step, setStep] = useState<ImportStep>(0);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A newer preview (another mapping change) must win over a slower older one.
  const latest = useRef(0);

  const runPreview = async (chosen: ChosenFile, map: ColumnMapping | undefined): Promise<boolean> => {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const p = await call('members.importPreview', { ...chosen, mapping: map });
      if (ticket !== latest.current) return false;
      setPreview(p);
      return true;
    } catch (err) {
      if (ticket === latest.current) setError(failureMessage(err));
      return false;
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  };

  const chooseFile = async (picked: File) => {
    setError(null);
    let chosen: ChosenFile;
    try {
      chosen = { fileName: picked.name, fileBase64: await readBase64(picked) };
    } catch {
      setError('没能读取这个文件，请确认文件没有在 Excel 中打开，然后重试');
      return;
    }
    setFile(chosen);
    setMapping(undefined);
    setResult(null);
    if (await runPreview(chosen, undefined)) setStep(1);
  };

  const remap = async (column: number, field: ImportField | null) => {
    if (!file || !preview) return;
    const next: ColumnMapping = Object.fromEntries(preview.columns.map((c) => [String(c.index), c.field]));
    next[String(column)] = field;
    setMapping(next);
    await runPreview(file, next);
  };

  const commit = async (skipRejected: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call('members.importCommit', { ...file, mapping, skipRejected }));
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    latest.current += 1;
    setStep(0);
    setFile(null);
    setMapping(undefined);
    setPreview(null);
    setResult(null);
    setBusy(false);
    setError(null);
  };

  return { step, setStep, file, preview, result, busy, error, chooseFile, remap, commit, restart };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
