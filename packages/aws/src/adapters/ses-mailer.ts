import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Email, Mailer } from "@exidmet/core";
import { sesClient } from "./clients.js";

export class SesMailer implements Mailer {
  constructor(private readonly from = process.env.MAIL_FROM || "noreply@exidmet.local") {}

  async send(email: Email): Promise<void> {
    await sesClient().send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [email.to] },
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: "UTF-8" },
            Body: { Text: { Data: email.text, Charset: "UTF-8" }, Html: { Data: email.html, Charset: "UTF-8" } },
          },
        },
      }),
    );
  }
}

let mailer: SesMailer | undefined;
export const sesMailer = () => (mailer ??= new SesMailer());
