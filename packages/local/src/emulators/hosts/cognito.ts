/**
 * cognito-local 5.3.0 in its own process, assembled like its own `createDefaultServer`
 * (lib/server/defaults.js) with ONE change: messages are delivered through the local SES instead
 * of being printed. Why this way: cognito-local's CustomMessage trigger never sees the code
 * (cognito-local fills it in afterwards and still only prints it), its CustomEmailSender trigger
 * needs a KMS key to encrypt the code, and scraping its boxed console output would be fragile.
 * `MessagesService.deliver(ctx, source, clientId, poolId, user, code, …)` is the one seam that
 * sees both the message kind and the code, so we provide our own.
 *
 * Run with cwd = a folder holding `.cognito/config.json` (port, hostname, TokenConfig.IssuerDomain).
 * Env: EXIDMET_SES_ENDPOINT, EXIDMET_MAIL_FROM, AWS_REGION and fake AWS credentials.
 */
import { createRequire } from "node:module";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { composeCognitoMail } from "../cognito-mail.js";
import { exitWithParent } from "./orphan-guard.js";

const require = createRequire(import.meta.url);
const lib = (p: string) => require(`cognito-local/lib/${p}`);
const fromCognito = createRequire(require.resolve("cognito-local/package.json"));

const AWS = fromCognito("aws-sdk");
const pino = fromCognito("pino");
const { DateClock, TriggersService, LambdaService } = lib("services");
const { CognitoServiceFactoryImpl } = lib("services/cognitoService");
const { CryptoService } = lib("services/crypto");
const { StormDBDataStoreFactory } = lib("services/dataStore/stormDb");
const { otp } = lib("services/otp");
const { JwtTokenGenerator } = lib("services/tokenGenerator");
const { UserPoolServiceFactoryImpl } = lib("services/userPoolService");
const { loadConfig } = lib("server/config");
const { Router } = lib("server/Router");
const { createServer } = lib("server/server");

// JSON lines to the log file; request logs are at debug level and stay out.
const logger = pino({ level: process.env.DEBUG ? "debug" : "info" });
const ctx = { logger };

const ses = new SESv2Client({ endpoint: process.env.EXIDMET_SES_ENDPOINT, region: process.env.AWS_REGION ?? "eu-central-1" });
const mailFrom = process.env.EXIDMET_MAIL_FROM ?? "noreply@exidmet.local";

const config = await loadConfig(ctx, new StormDBDataStoreFactory(".cognito"));
const clock = new DateClock();
const dataStoreFactory = new StormDBDataStoreFactory(".cognito/db");
const cognito = await new CognitoServiceFactoryImpl(
  ".cognito/db",
  dataStoreFactory,
  new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
).create(ctx, config.UserPoolDefaults);
const triggers = new TriggersService(
  clock,
  cognito,
  new LambdaService(config.TriggerFunctions, new AWS.Lambda(config.LambdaClient)),
  new CryptoService(config.KMSConfig),
);

interface User {
  Username: string;
}
interface DeliveryDetails {
  DeliveryMedium: "EMAIL" | "SMS";
  Destination: string;
}

const messages = {
  async deliver(
    c: typeof ctx,
    source: string,
    _clientId: string | undefined,
    userPoolId: string,
    user: User,
    code: string,
    _clientMetadata: unknown,
    delivery: DeliveryDetails,
  ): Promise<void> {
    if (delivery.DeliveryMedium !== "EMAIL") {
      c.logger.warn({ source }, "SMS delivery is not emulated");
      return;
    }
    const pool = await cognito.getUserPool(c, userPoolId);
    const mail = composeCognitoMail(source, code, user.Username, pool.options);
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: mailFrom,
        Destination: { ToAddresses: [delivery.Destination] },
        Content: { Simple: { Subject: { Data: mail.subject, Charset: "UTF-8" }, Body: { Text: { Data: mail.text, Charset: "UTF-8" } } } },
      }),
    );
    // No address or code in the log: personal data.
    c.logger.info({ source, userPoolId }, "message delivered to the local mailbox");
  },
};

const services = {
  clock,
  cognito,
  config,
  messages,
  otp,
  tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
  triggers,
};
const server = await createServer(Router(services), logger, config.ServerConfig, services).start();
logger.info(`cognito-local listening on ${JSON.stringify(server.address())}`);
exitWithParent();
