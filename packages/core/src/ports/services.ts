/** Small interfaces for the other AWS services; adapters live in `@exidmet/aws`. */

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A file attached to an e-mail, read by the mailer from the uploads bucket at send time. */
export interface EmailAttachment {
  fileName: string;
  contentType: string;
  key: string;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
}

export interface Mailer {
  send(email: Email): Promise<void>;
}

/** For routes whose budget arms no timer: no Step Functions client in their bundle. */
export const noTimers: Timers = {
  arm: async () => {
    throw new Error("this route arms no timer (its AWS call budget has no Step Functions)");
  },
};

/** A deadline timer: a Step Functions execution named after the deadline, so arming twice starts one. */
export interface Timers {
  arm(timer: { name: string; deadlineKey: { pk: string; sk: string }; dueAt: string }): Promise<void>;
}

export interface NewOfficial {
  username: string;
  email: string;
  fullName: string;
  group: string;
  stateBody?: string;
  temporaryPassword: string;
}

export interface OfficialAccount {
  username: string;
  email: string;
  fullName: string;
  groups: string[];
  stateBody?: string;
  enabled: boolean;
  status: string;
  createdAt?: string;
}

/** The officials' user pool, administered by the Commission admin. */
export interface OfficialsDirectory {
  create(official: NewOfficial): Promise<void>;
  setTemporaryPassword(username: string, password: string): Promise<void>;
  disable(username: string): Promise<void>;
  enable(username: string): Promise<void>;
  list(): Promise<OfficialAccount[]>;
  get(username: string): Promise<OfficialAccount | undefined>;
}

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
  key: string;
  maxBytes: number;
}

export interface FileStorage {
  presignUpload(key: string, contentType: string, maxBytes: number): Promise<PresignedUpload>;
  /** First bytes of an object, to check its real type; undefined if it does not exist. */
  head(key: string, bytes: number): Promise<{ size: number; firstBytes: Uint8Array } | undefined>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
  /** Server-side copy (checked uploads leave the `pending/` prefix, which expires). */
  copy(fromKey: string, toKey: string): Promise<void>;
  presignDownload(key: string, seconds: number, fileName?: string): Promise<string>;
}
