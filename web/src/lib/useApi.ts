import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, request } from "../api/client";
import { both } from "../i18n";

export interface ApiState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

/** GETs a path (null: nothing yet) and re-fetches when it changes; late answers of old paths are dropped. */
export function useApi<T>(path: string | null, auth = false): ApiState<T> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: path !== null });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    request<T>("GET", path, { auth })
      .then((data) => live && setState({ data, loading: false }))
      .catch((e: unknown) => {
        if (!live) return;
        const error = e instanceof ApiError ? e : new ApiError(0, "unexpected", both((d) => d.errors.unexpected));
        setState({ error, loading: false });
      });
    return () => {
      live = false;
    };
  }, [path, auth, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
