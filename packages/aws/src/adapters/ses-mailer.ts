import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Email, FileStorage, Mailer } from "@exidmet/core";
import { sesClient } from "./clients.js";

/**
 * Sends through SES. Attachments are read from S3 only by a mailer given the file storage
 * (`sesMailerWithAttachments` in ses-mailer-attachments.ts): a function that never sends them does
 * not bundle the S3 client. Without it an e-mail with attachments fails and stays in the outbox
 * for the sweeper, which has the storage.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly from = process.env.MAIL_FROM || "noreply@exidmet.local",
    private readonly files?: () => Pick<FileStorage, "get">,
  ) {}

  async send(email: Email): Promise<void> {
    const attachments = await Promise.all(
      (email.attachments ?? []).map(async (a) => {
        if (!this.files) throw Object.assign(new Error("this function's mailer sends no attachments; the outbox sweeper will"), { name: "AttachmentsNotSupported" });
        const content = await this.files().get(a.key);
        // A missing file is a fault to retry (the outbox does), not an e-mail to send without it.
        if (!content) throw Object.assign(new Error(`attachment missing: ${a.key}`), { name: "AttachmentMissing" });
        return { RawContent: content, FileName: a.fileName, ContentType: a.contentType, ContentDisposition: "ATTACHMENT" as const };
      }),
    );
    await sesClient().send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [email.to] },
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: "UTF-8" },
            Body: { Text: { Data: email.text, Charset: "UTF-8" }, Html: { Data: email.html, Charset: "UTF-8" } },
            ...(attachments.length ? { Attachments: attachments } : {}),
          },
        },
      }),
    );
  }
}

let mailer: SesMailer | undefined;
export const sesMailer = () => (mailer ??= new SesMailer());
