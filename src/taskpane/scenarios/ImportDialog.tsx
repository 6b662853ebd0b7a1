/**
 * Import conflicts: the file has scenarios of the same name as the workbook's but with
 * other values. For each one the user chooses: keep the workbook's, replace it with the
 * file's, or import the file's under another name. Nothing is written before that.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import type { ConflictResolution, ImportConflict } from '../../scenarios';
import { nameKey } from '../../workbook/port';
import { showValue } from '../format';
import { cleanName, copyName, takenBy, takenMessage } from './names';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  conflict: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  diffs: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Choice = 'keep' | 'replace' | 'rename';

export interface ImportDialogProps {
  readonly fileName: string;
  readonly conflicts: readonly ImportConflict[];
  readonly busy: boolean;
  /** A refusal of the last attempt (e.g. a new name that is taken). */
  readonly error?: string;
  /** How to name an input (its description), when the workbook knows it. */
  readonly labelOf?: (input: string) => string;
  /** The workbook's scenario names: "another name" starts as a free "… (copy)" and a taken one is said at once. */
  readonly existing?: readonly string[];
  /** The active scenario: replacing it also puts its new values into the inputs, and the dialog says so. */
  readonly active?: string;
  readonly onResolve: (resolutions: Record<string, ConflictResolution>) => void;
  readonly onCancel: () => void;
}

/** A record's own entry (never an inherited one such as `constructor`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function ImportDialog({ fileName, conflicts, busy, error, labelOf, existing = [], active = '', onResolve, onCancel }: ImportDialogProps) {
  const styles = useStyles();
  const formId = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [names, setNames] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Scenario names are keys here: no prototype, so `constructor` or `__proto__` are plain names.
    const resolutions: Record<string, ConflictResolution> = Object.create(null) as Record<string, ConflictResolution>;
    for (const c of conflicts) {
      const choice = own(choices, c.scenario) ?? 'keep';
      resolutions[c.scenario] = choice === 'rename' ? { renameTo: cleanName(own(names, c.scenario) ?? '') } : choice;
    }
    if (nameErrors.some((e) => e !== undefined)) return;
    onResolve(resolutions);
  };

  const choose = (scenario: string, choice: Choice) => {
    setChoices({ ...choices, [scenario]: choice });
    if (choice === 'rename' && own(names, scenario) === undefined) {
      // Like Duplicate: a free "… (copy)" name, clear of the other new names chosen here.
      setNames({ ...names, [scenario]: copyName(scenario, [...existing, ...Object.values(names)]) });
    }
  };
  const nameErrors = conflicts.map((c) => {
    if (own(choices, c.scenario) !== 'rename') return undefined;
    const typed = own(names, c.scenario) ?? '';
    if (cleanName(typed) === '') return 'Type a name for it.';
    const taken = takenBy(typed, existing);
    return taken === undefined ? undefined : takenMessage(typed, taken);
  });

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Scenarios that already exist</DialogTitle>
          <DialogContent>
            <form id={formId} className={styles.content} onSubmit={submit}>
              <Body1>
                {fileName} has {conflicts.length === 1 ? 'a scenario' : `${conflicts.length} scenarios`} with the same name as this
                workbook&apos;s but different values. Choose what to do with each. Nothing is imported until you press Import.
              </Body1>
              {error && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
              {conflicts.map((c, i) => (
                <fieldset key={c.scenario} className={styles.conflict}>
                  <legend className={styles.legend}>&quot;{c.scenario}&quot;</legend>
                  <ul className={styles.diffs} aria-label={`Differences in "${c.scenario}"`}>
                    {c.differences.map((d) => (
                      <li key={d.input}>
                        {labelOf?.(d.input) ?? d.input}: workbook {showValue(d.workbook)}, file {showValue(d.file)}
                      </li>
                    ))}
                  </ul>
                  <RadioGroup
                    aria-label={`What to do with "${c.scenario}"`}
                    value={own(choices, c.scenario) ?? 'keep'}
                    onChange={(_, data) => choose(c.scenario, data.value as Choice)}
                  >
                    <Radio value="keep" label="Keep the workbook's values" />
                    <Radio value="replace" label="Replace them with the file's values" />
                    <Radio value="rename" label="Import the file's under another name" />
                  </RadioGroup>
                  {active !== '' && nameKey(active) === nameKey(c.scenario) && (
                    <Caption1>
                      This is the active scenario: replacing it also puts the file&apos;s values into its inputs. Values you have changed
                      and not saved stay as they are.
                    </Caption1>
                  )}
                  {own(choices, c.scenario) === 'rename' && (
                    <Field
                      label={`New name for the file's "${c.scenario}"`}
                      required
                      validationState={nameErrors[i] ? 'error' : 'none'}
                      validationMessage={nameErrors[i]}
                    >
                      <Input value={own(names, c.scenario) ?? ''} onChange={(_, data) => setNames({ ...names, [c.scenario]: data.value })} />
                    </Field>
                  )}
                </fieldset>
              ))}
            </form>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" type="submit" form={formId} disabled={busy}>
              Import
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
