import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Email, Mailer } from "@exidmet/core";
import { sesClient } from "./clients.js";
import { s3Files } from "./s3-files.js";

export class SesMailer implements Mailer {
  constructor(private readonly from = process.env.MAIL_FROM || "noreply@exidmet.local") {}

  async send(email: Email): Promise<void> {
    const attachments = await Promise.all(
      (email.attachments ?? []).map(async (a) => {
        const content = await s3Files().get(a.key);
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
