import { s3Files } from "./s3-files.js";
import { SesMailer } from "./ses-mailer.js";

let mailer: SesMailer | undefined;
/** The mailer that also sends attachments (read from S3): for functions that send them (the outbox sweeper). */
export const sesMailerWithAttachments = () => (mailer ??= new SesMailer(undefined, s3Files));
