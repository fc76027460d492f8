/**
 * Timers and background jobs: the deadline state machine (deadlines.asl.json) with its fired-deadline
 * function, and the scheduled jobs of resources.ts. Also the SES identity of the sender.
 */
import { EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import { Cron, Function, type StackContext } from "sst/constructs";
import asl from "../packages/core/src/infra/deadlines.asl.json";
import { deadlineStateMachine, scheduledJobs } from "../packages/core/src/infra/resources.js";
import { deadlinesStateMachineName, functionEnvironment, statementsFor } from "./runtime.js";
import { isProd, mailFrom, rateExpression, retentionDays } from "./settings.js";

export function Workflows({ stack, app }: StackContext) {
  stack.addDefaultFunctionEnv(functionEnvironment(stack, app));

  // Acts on the deadline (store), may arm the next one (sfn), e-mails the people concerned (ses)
  // and may issue a certificate (s3: a trial test finished by its timer).
  const fired = new Function(stack, "DeadlineFired", {
    handler: deadlineStateMachine.firedFunctionHandler,
    permissions: statementsFor({ dynamodb: 1, ses: 1, sfn: 1, s3: 1 }, stack, app),
  });

  const machineName = deadlinesStateMachineName(app);
  const machine = new StateMachine(stack, deadlineStateMachine.id, {
    stateMachineName: machineName,
    // STANDARD: deadlines wait for days or months; Express executions last at most 5 minutes.
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(JSON.stringify(asl)),
    definitionSubstitutions: { [deadlineStateMachine.firedFunctionSubstitution]: fired.functionArn },
    tracingEnabled: true,
    logs: {
      destination: new LogGroup(stack, "DeadlinesLogs", {
        logGroupName: `/aws/vendedlogs/states/${machineName}`,
        retention: retentionDays(),
      }),
      level: LogLevel.ERROR,
      // Execution input carries record keys; keep payloads out of the logs.
      includeExecutionData: false,
    },
  });
  // The ASL calls the function ARN directly, so the machine's role needs lambda:InvokeFunction.
  fired.grantInvoke(machine);

  const jobs: Record<string, Function> = {};
  for (const job of scheduledJobs) {
    const cron = new Cron(stack, job.id, {
      schedule: rateExpression(job.everyMinutes),
      // Each job's own needs (resources.ts): e.g. e-mails may attach a certificate read from the bucket.
      job: { function: { handler: job.handler, permissions: statementsFor(job.needs, stack, app) } },
    });
    jobs[job.id] = cron.jobFunction;
  }

  // SES allows one identity per domain per account and region, so only prod declares it (other
  // stages share the account's identity). It must be verified (DKIM CNAMEs published in DNS)
  // before SES sends anything; until then, and in the SES sandbox, sends fail and the outbox retries.
  if (isProd(app.stage)) {
    new EmailIdentity(stack, "MailFromDomain", { identity: Identity.domain(mailFrom().split("@")[1]!) });
  }

  stack.addOutputs({ DeadlinesStateMachineArn: machine.stateMachineArn });
  return { machine, functions: { DeadlineFired: fired, ...jobs } };
}
