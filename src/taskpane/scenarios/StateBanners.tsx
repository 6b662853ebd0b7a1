/**
 * What the Scenarios view says about the workbook's state above the list: unsaved changes to
 * the inputs (with Save and Discard) and the problems that block switching.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ScenarioState } from '../../scenarios';
import { count } from '../format';
import { editNotice, switchNotice } from '../notices';
import type { Pane } from '../usePane';

export interface StateBannersProps {
  readonly pane: Pane;
  readonly ready: ScenarioState;
}

export function StateBanners({ pane, ready }: StateBannersProps) {
  const { actions, run } = pane;
  const disabled = pane.busy !== undefined;
  return (
    <>
      {ready.unsaved.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Unsaved changes</MessageBarTitle>
            {count(ready.unsaved.length, 'input')} {ready.unsaved.length === 1 ? 'differs' : 'differ'} from{' '}
            {ready.activeExists ? `what "${ready.active}" stores` : 'every scenario'}:{' '}
            {ready.unsaved.map((d) => d.description || d.input).join(', ')}.
          </MessageBarBody>
          <MessageBarActions>
            {ready.activeExists && (
              <Button disabled={disabled} onClick={() => void run(`Saving into "${ready.active}"…`, () => actions.save(), (o) => editNotice(o, 'Save'))}>
                Save into "{ready.active}"
              </Button>
            )}
            {ready.activeExists && (
              <Button
                disabled={disabled}
                onClick={() =>
                  void run(`Discarding your changes…`, () => actions.switchTo(ready.active, { kind: 'discard' }), (o) =>
                    o.kind === 'unsaved' ? undefined : switchNotice(o),
                  )
                }
              >
                Discard changes
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}

      {ready.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Switching is blocked</MessageBarTitle>
            {ready.problems.map((p) => p.message).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
