/**
 * Compare: pick the outputs (from ESG_Outputs) and the scenarios, run, follow the progress
 * ("Scenario 2 of 5"), then read where the comparison was written and what was restored.
 * The scenario service writes the sheet and its chart, and always puts the workbook back.
 */
import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  ProgressBar,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { CompareProgress } from '../../scenarios';
import { nameKey } from '../../workbook/port';
import { compareNotice } from '../notices';
import type { Pane } from '../usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  text: { margin: 0 },
});

const key = nameKey;

/** Names ticked: every listed one except those the user unticked (new ones start ticked). */
function ticked(names: readonly string[], unticked: ReadonlySet<string>): string[] {
  return names.filter((n) => !unticked.has(key(n)));
}

function toggle(set: ReadonlySet<string>, name: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.delete(key(name));
  else next.add(key(name));
  return next;
}

export interface CompareViewProps {
  readonly pane: Pane;
}

export function CompareView({ pane }: CompareViewProps) {
  const styles = useStyles();
  const { actions, state, busy, run } = pane;
  const [offOutputs, setOffOutputs] = useState<ReadonlySet<string>>(new Set());
  const [offScenarios, setOffScenarios] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<CompareProgress>();

  // A refused list is shown (with Set up) by the pane around this view.
  if (state?.kind !== 'state') return null;

  const outputs = ticked(
    state.outputs.map((o) => o.name),
    offOutputs,
  );
  const scenarios = ticked(
    state.scenarios.map((s) => s.name),
    offScenarios,
  );

  const compare = async () => {
    setProgress(undefined);
    await run('Comparing scenarios…', () => actions.compare({ scenarios, outputs, onProgress: setProgress }), compareNotice);
    setProgress(undefined);
  };

  return (
    <div className={styles.root}>
      <section className={styles.intro} aria-labelledby="compare-heading">
        <Subtitle2 as="h2" id="compare-heading" className={styles.heading}>
          Compare scenarios
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          Compare puts each scenario's values into the workbook in turn, lets Excel calculate, and writes the chosen outputs side by
          side on the Scenario Comparison sheet, with a column chart you can copy into a report. Afterwards the workbook is put back
          as it was, including any values you have not saved.
        </Body1>
      </section>

      {state.outputs.length === 0 ? (
        <Body1>The workbook's ESG_Outputs table lists no outputs to compare. Add the names of the cells to report to that table.</Body1>
      ) : (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Outputs to compare</legend>
          {state.outputs.map((o) => (
            <Checkbox
              key={o.name}
              label={o.label === o.name ? o.name : `${o.label} (${o.name})`}
              checked={outputs.includes(o.name)}
              disabled={busy !== undefined}
              onChange={(_, data) => setOffOutputs(toggle(offOutputs, o.name, data.checked === true))}
            />
          ))}
        </fieldset>
      )}

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Scenarios to compare</legend>
        {state.scenarios.map((s) => (
          <Checkbox
            key={s.name}
            label={s.name}
            checked={scenarios.includes(s.name)}
            disabled={busy !== undefined}
            onChange={(_, data) => setOffScenarios(toggle(offScenarios, s.name, data.checked === true))}
          />
        ))}
      </fieldset>

      <div>
        <Button appearance="primary" disabled={busy !== undefined || outputs.length === 0 || scenarios.length === 0} onClick={() => void compare()}>
          Compare {scenarios.length === 1 ? '1 scenario' : `${scenarios.length} scenarios`}
        </Button>
        {(outputs.length === 0 || scenarios.length === 0) && (
          <Caption1 as="p">Tick at least one output and one scenario.</Caption1>
        )}
      </div>

      {progress && (
        <Field label={progress.message} hint="The workbook is put back as it was at the end.">
          <ProgressBar value={progress.index} max={progress.total} />
        </Field>
      )}
    </div>
  );
}
