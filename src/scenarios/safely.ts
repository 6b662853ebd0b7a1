/**
 * Every mutating action runs through `safely`: whatever the workbook throws (a broken
 * round-trip in a read, or anywhere an action does not recover by itself) comes back as a
 * `Failure` with a message, never as an exception to the pane. Whether anything had been
 * written by then decides what the message can promise.
 */
import type { WorkbookPort } from '../workbook/port';
import { causeOf } from './apply';
import { MESSAGES } from './messages';
import type { Failure, ServiceContext } from './types';

export async function safely<T>(ctx: ServiceContext, action: string, run: (ctx: ServiceContext) => Promise<T>): Promise<T | Failure> {
  let wrote = false;
  const port: WorkbookPort = {
    read: (plan) => ctx.port.read(plan),
    write: (ops) => {
      if (ops.length > 0) wrote = true;
      return ctx.port.write(ops);
    },
    calculate: () => ctx.port.calculate(),
  };
  try {
    return await run({ ...ctx, port });
  } catch (error) {
    return wrote
      ? { kind: 'failed', restored: false, message: MESSAGES.actionFailedAfterWrite(action, causeOf(error)) }
      : { kind: 'failed', restored: true, message: MESSAGES.actionFailed(action, causeOf(error)) };
  }
}
