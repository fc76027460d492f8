/** What a seed step may do: call the API as any demo account. */
export interface SeedResponse {
  status: number;
  ok: boolean;
  body: unknown;
}

export interface SeedApi {
  /** `as`: a demo official's username or a demo citizen's e-mail (see demo-data.ts). */
  call(as: string, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<SeedResponse>;
  /** The ID token of a demo account (for uploads or other non-JSON calls). */
  token(as: string): Promise<string>;
  apiUrl: string;
}
