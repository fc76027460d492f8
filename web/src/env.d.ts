/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_URL?: string;
  readonly VITE_CITIZENS_POOL_ID?: string;
  readonly VITE_CITIZENS_CLIENT_ID?: string;
  readonly VITE_OFFICIALS_POOL_ID?: string;
  readonly VITE_OFFICIALS_CLIENT_ID?: string;
  readonly VITE_COGNITO_ENDPOINT?: string;
  readonly VITE_REGION?: string;
  /** Where the browser POSTs uploads (the bucket's origin): allowed by the page's CSP. */
  readonly VITE_UPLOADS_ORIGIN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
