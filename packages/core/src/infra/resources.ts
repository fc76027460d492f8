/**
 * The shapes of every cloud resource, as plain data. `stacks/` turns them into CDK constructs and
 * `packages/local` creates the same resources on the emulators, so the two cannot drift.
 * No AWS imports here on purpose.
 */

export interface IndexDefinition {
  /** Named by the access pattern it serves. */
  name: string;
  partitionKey: string;
  sortKey: string;
  purpose: string;
}

export const mainTable = {
  /** Logical id in the stack; the physical name is given by CloudFormation (env TABLE_NAME). */
  id: "Main",
  localName: "exidmet-main",
  partitionKey: "pk",
  sortKey: "sk",
  timeToLiveAttribute: "expiresAt",
  indexes: [
    { name: "byOwner", partitionKey: "byOwnerPk", sortKey: "byOwnerSk", purpose: "a citizen's own requests, newest first" },
    { name: "byQueue", partitionKey: "byQueuePk", sortKey: "byQueueSk", purpose: "officers' work queues by service and status" },
    { name: "byBody", partitionKey: "byBodyPk", sortKey: "byBodySk", purpose: "a state body's records for its HR officers" },
    { name: "byDue", partitionKey: "byDuePk", sortKey: "byDueSk", purpose: "pending deadlines and unsent e-mails by due time" },
  ] satisfies IndexDefinition[],
} as const;

export type IndexName = (typeof mainTable.indexes)[number]["name"];

export const uploadsBucket = {
  id: "Uploads",
  localName: "exidmet-uploads",
  /** Presigned uploads never finished or never attached are removed after this many days. */
  abandonedUploadDays: 2,
  /** Keys under this prefix are uploads not yet checked and attached to a request. */
  pendingPrefix: "pending/",
  certificatesPrefix: "certificates/",
} as const;

/** Groups of the officials' pool. Each route lists the groups that may call it. */
export const officialGroups = ["admin", "it-officer", "legal-officer", "selection-officer", "hr-officer"] as const;
export type OfficialGroup = (typeof officialGroups)[number];

export const userPools = {
  citizens: {
    id: "Citizens",
    localName: "exidmet-citizens",
    selfSignUp: true,
    customAttributes: { idCard: { maxLen: 16 }, fin: { maxLen: 7 } },
    groups: [] as readonly string[],
    clientName: "web",
  },
  officials: {
    id: "Officials",
    localName: "exidmet-officials",
    selfSignUp: false,
    customAttributes: { stateBody: { maxLen: 64 } },
    groups: officialGroups,
    clientName: "web",
  },
} as const;
export type PoolKind = keyof typeof userPools;

export const passwordPolicy = {
  minLength: 10,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: false,
  tempPasswordValidityDays: 7,
} as const;

/** The one state machine that waits until a deadline and then calls the deadline handler. */
export const deadlineStateMachine = {
  id: "Deadlines",
  localName: "exidmet-deadlines",
  /** Placeholder in the ASL replaced by the fired-deadline Lambda's ARN (definitionSubstitutions). */
  firedFunctionSubstitution: "DeadlineFiredFunctionArn",
  firedFunctionHandler: "functions/deadlines/fired.handler",
} as const;

/** Background jobs that run on a schedule in AWS and on an interval locally. */
export const scheduledJobs = [
  // needs: what the job's function may call (IAM), as a route's budget.
  { id: "OutboxSweeper", handler: "functions/jobs/outbox-sweeper.handler", everyMinutes: 1, purpose: "retries e-mails whose first send failed", needs: { dynamodb: 1, ses: 1, s3: 1 } },
  {
    id: "DeadlineSweeper",
    handler: "functions/jobs/deadline-sweeper.handler",
    everyMinutes: 1,
    purpose: "fires deadlines whose timer was lost or fired before the deadline was committed",
    needs: { dynamodb: 1, ses: 1, s3: 1, sfn: 1 },
  },
] as const;

export const apiThrottling = { burstLimit: 200, rateLimit: 100 } as const;
export const logRetentionDays = 90;

/** The custom metric a fired deadline publishes when something became overdue; the alarm watches it. */
export const overdueDeadlinesMetric = { namespace: "e-xidmet", metricName: "OverdueDeadlines", dimensions: { service: "deadlines" } } as const;
