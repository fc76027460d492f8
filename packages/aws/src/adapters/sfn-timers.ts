import { ExecutionAlreadyExists, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { Timers } from "@exidmet/core";
import { sfnClient } from "./clients.js";

/**
 * Each deadline is one execution of the deadline state machine, named after the deadline:
 * Step Functions refuses a second execution with the same name, so arming twice starts one timer.
 */
export class SfnTimers implements Timers {
  constructor(private readonly stateMachineArn = process.env.DEADLINES_STATE_MACHINE_ARN ?? "") {}

  async arm(timer: { name: string; deadlineKey: { pk: string; sk: string }; dueAt: string }): Promise<void> {
    try {
      await sfnClient().send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: timer.name,
          input: JSON.stringify({ deadlineKey: timer.deadlineKey, dueAt: timer.dueAt }),
        }),
      );
    } catch (err) {
      if (err instanceof ExecutionAlreadyExists || (err as { name?: string }).name === "ExecutionAlreadyExists") return;
      throw err;
    }
  }
}

let timers: SfnTimers | undefined;
export const sfnTimers = () => (timers ??= new SfnTimers());
