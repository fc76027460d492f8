/**
 * Mail locally: anything sent with @aws-sdk/client-sesv2 to the local endpoint shows up in the
 * mailbox's `GET /store`, and cognito-local's sign-up codes arrive there too.
 */
import { CognitoIdentityProviderClient, ConfirmSignUpCommand, InitiateAuthCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { describe, expect, it } from "vitest";
import { localCloud, mailbox } from "../setup/local-cloud.js";

describe("local SES mailbox", () => {
  it("shows mail sent through the SES v2 API", async () => {
    const { env } = localCloud();
    const to = `ses-test-${Date.now()}@example.az`;
    // Endpoint and credentials come from the env the handlers get (AWS_ENDPOINT_URL_SESV2, …).
    await new SESv2Client({}).send(
      new SendEmailCommand({
        FromEmailAddress: env.MAIL_FROM,
        Destination: { ToAddresses: [to] },
        Content: { Simple: { Subject: { Data: "Müraciətiniz qəbul edildi" }, Body: { Text: { Data: "Salam!" } } } },
      }),
    );
    const mails = await mailbox(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: env.MAIL_FROM, subject: "Müraciətiniz qəbul edildi", body: { text: "Salam!" } });
  });

  it("sends attachments (a certificate PDF) read from the bucket at send time", async () => {
    const { S3Files } = await import("@exidmet/aws/adapters/s3-files");
    const { sesMailerWithAttachments } = await import("@exidmet/aws/adapters/ses-mailer-attachments");
    const key = `certificates/test-${Date.now()}.pdf`;
    const pdf = new TextEncoder().encode("%PDF-1.7\n% certificate\n");
    await new S3Files().put(key, pdf, "application/pdf");
    const to = `attach-${Date.now()}@example.az`;
    await sesMailerWithAttachments().send({ to, subject: "Arayış", text: "Əlavədədir.", html: "<p>Əlavədədir.</p>", attachments: [{ fileName: "arayis.pdf", contentType: "application/pdf", key }] });
    const [mail] = await mailbox(to);
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: "arayis.pdf", contentType: "application/pdf", size: pdf.length })]);
    expect(Buffer.from(mail.attachments![0].content, "base64").toString()).toContain("%PDF-1.7");
  });

  it("delivers a citizen's sign-up verification code to the mailbox", async () => {
    const { env } = localCloud();
    const email = `signup-${Date.now()}@example.az`;
    const cognito = new CognitoIdentityProviderClient({});
    await cognito.send(
      new SignUpCommand({
        ClientId: env.CITIZENS_CLIENT_ID,
        Username: email,
        Password: "Yoxlama2025x",
        UserAttributes: [
          { Name: "email", Value: email },
          { Name: "custom:idCard", Value: "AA7654321" },
        ],
      }),
    );
    const [mail] = await mailbox(email);
    expect(mail?.from).toBe(env.MAIL_FROM);
    const code = /(\d{6})/.exec(mail?.body.text ?? "")?.[1];
    expect(code).toBeDefined();

    // The code from the mailbox confirms the account, which can then sign in.
    await cognito.send(new ConfirmSignUpCommand({ ClientId: env.CITIZENS_CLIENT_ID, Username: email, ConfirmationCode: code }));
    const auth = await cognito.send(
      new InitiateAuthCommand({ ClientId: env.CITIZENS_CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD: "Yoxlama2025x" } }),
    );
    expect(auth.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
