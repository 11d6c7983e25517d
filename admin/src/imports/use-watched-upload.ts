import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { watchUntilDone } from './upload-import';

/** Where an upload screen is: choosing files, uploading then watching the server's counts, done, or stopped. */
export type UploadStage<Counts, Result> =
  | { kind: 'choosing' }
  | { kind: 'uploading'; fraction: number; counts?: Counts }
  | { kind: 'done'; result: Result }
  | { kind: 'error'; message: string };

interface WatchedRun {
  readonly id: string;
  readonly status: string;
  readonly progress?: unknown;
  readonly failure?: { readonly ja: string } | null;
}

/**
 * An upload answered 202 (受注取込, 伝票番号取込): sends the files with their upload progress, then reads the run every
 * second for its counts until it ends. Leaving the screen stops the watching, not the run.
 */
export function useWatchedUpload<Run extends WatchedRun>(resource: string) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [stage, setStage] = useState<UploadStage<NonNullable<Run['progress']>, Run>>({ kind: 'choosing' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = async (upload: (onFraction: (fraction: number) => void) => Promise<Run>) => {
    setStage({ kind: 'uploading', fraction: 0 });
    try {
      const started = await upload((fraction) => setStage({ kind: 'uploading', fraction }));
      const result = await watchUntilDone(started, {
        read: async () => (await dataProvider.getOne<Run>(resource, { id: started.id })).data,
        onCounts: (counts) => setStage({ kind: 'uploading', fraction: 1, counts }),
        isWatched: () => mounted.current,
      });
      setStage(
        result.status === 'failed'
          ? { kind: 'error', message: result.failure?.ja ?? translate('oms.imports.stopped') }
          : { kind: 'done', result },
      );
    } catch (error) {
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return { stage, busy: stage.kind === 'uploading', run };
}
