/**
 * The Scenarios view: the active scenario, the list with Switch, the unsaved-edits
 * choice, Create / Duplicate / Rename / Delete, Revert, the last log rows, Export and
 * Import, and Set up when the workbook has no scenarios yet.
 */
import { useRef, useState } from 'react';
import { Body1, Button, Caption1, Subtitle2, Text } from '@fluentui/react-components';
import type { ImportOutcome, ScenarioState, SwitchOutcome, UnsavedChoice } from '../../scenarios';
import { editNotice, exportNotice, importNotice, revertNotice, switchNotice } from '../notices';
import { nameKey } from '../../workbook/port';
import { PaneNotice } from '../PaneNotice';
import type { Pane } from '../usePane';
import { ConfirmDialog, ImportDialog, NameDialog, UnsavedDialog } from '../lazy/dialogs';
import { importFormatOf, NAME_CODES, type Dialog } from './dialog';
import { useFocusReturn } from './focus';
import { copyName } from './names';
import { RecentChanges } from './RecentChanges';
import { ScenarioList } from './ScenarioList';
import { StateBanners } from './StateBanners';
import { useStyles } from './styles';

export interface ScenariosViewProps {
  readonly pane: Pane;
}

export function ScenariosView({ pane }: ScenariosViewProps) {
  const styles = useStyles();
  const { actions, state, log, busy, run } = pane;
  const [dialog, setDialog] = useState<Dialog>();
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const disabled = busy !== undefined;
  const focus = useFocusReturn(dialog !== undefined, disabled, root);
  /** A control of the pane by its accessible name, to take the focus when its opener has gone. */
  const button = (label: string) => () =>
    Array.from(root.current?.querySelectorAll<HTMLElement>('button') ?? []).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label,
    );
  const moreButton = (name: string) => button(`More actions for "${name}"`);
  /** Opens a dialog; the focus comes back to the control that opened it. */
  const open = (d: Dialog, fallback?: () => HTMLElement | undefined) => {
    focus.remember();
    if (fallback) focus.setFallback(fallback);
    setDialog(d);
  };

  const switchTo = async (name: string) => {
    // The Switch button goes once the scenario is active: its More button takes the focus.
    focus.remember();
    focus.setFallback(moreButton(name));
    const outcome = await run(`Switching to "${name}"…`, () => actions.switchTo(name), (o) => (o.kind === 'unsaved' ? undefined : switchNotice(o)));
    if (outcome?.kind === 'unsaved') setDialog({ kind: 'unsaved', outcome });
  };

  const choose = async (target: string, choice: UnsavedChoice) => {
    const nameProblem = (o: SwitchOutcome) => choice.kind === 'save-as-new' && o.kind === 'refused' && NAME_CODES.has(o.code);
    const outcome = await run(
      `Switching to "${target}"…`,
      () => actions.switchTo(target, choice),
      (o) => (o.kind === 'unsaved' || nameProblem(o) ? undefined : switchNotice(o)),
    );
    if (outcome?.kind === 'unsaved') setDialog({ kind: 'unsaved', outcome });
    else if (outcome?.kind === 'refused' && nameProblem(outcome)) setDialog((d) => (d?.kind === 'unsaved' ? { ...d, error: outcome.message } : d));
    else setDialog(undefined);
  };

  /** Create, Duplicate or Rename: a refusal about the name stays in the dialog. */
  const named = async (kind: 'create' | 'duplicate' | 'rename', source: string, name: string): Promise<string | undefined> => {
    const verb = kind === 'create' ? 'Create' : kind === 'duplicate' ? 'Duplicate' : 'Rename';
    const outcome = await run(
      `${verb === 'Create' ? 'Creating' : verb === 'Duplicate' ? 'Duplicating' : 'Renaming'} "${kind === 'rename' ? source : name}"…`,
      () => (kind === 'create' ? actions.create(name) : kind === 'duplicate' ? actions.duplicate(source, name) : actions.rename(source, name)),
      (o) => (o.kind === 'refused' && NAME_CODES.has(o.code) ? undefined : editNotice(o, verb)),
    );
    if (outcome?.kind === 'refused' && NAME_CODES.has(outcome.code)) return outcome.message;
    if (outcome?.kind === 'done') focus.setFallback(moreButton(kind === 'create' || kind === 'duplicate' ? name : outcome.scenario));
    setDialog(undefined);
    return undefined;
  };

  const remove = async (name: string) => {
    focus.setFallback(button('New from current values…'));
    await run(`Deleting "${name}"…`, () => actions.delete(name), (o) => editNotice(o, 'Delete'));
    setDialog(undefined);
  };

  const doImport = async (file: File) => {
    const result = await run(
      `Importing ${file.name}…`,
      async () => {
        const text = await actions.readFile(file);
        const format = importFormatOf(file.name, text);
        return { text, format, outcome: await actions.importScenarios(text, format) };
      },
      (r) => (r.outcome.kind === 'conflicts' ? undefined : importNotice(r.outcome, ready?.active)),
    );
    if (result?.outcome.kind === 'conflicts') {
      setDialog({ kind: 'import', fileName: file.name, text: result.text, format: result.format, conflicts: result.outcome.conflicts });
    }
  };

  const resolve = async (d: Extract<Dialog, { kind: 'import' }>, resolutions: Parameters<Pane['actions']['importScenarios']>[2]) => {
    const stays = (o: ImportOutcome) => o.kind === 'conflicts' || (o.kind === 'refused' && NAME_CODES.has(o.code));
    const outcome = await run(`Importing ${d.fileName}…`, () => actions.importScenarios(d.text, d.format, resolutions), (o) =>
      stays(o) || o.kind === 'conflicts' ? undefined : importNotice(o, ready?.active),
    );
    if (outcome?.kind === 'conflicts') setDialog({ ...d, conflicts: outcome.conflicts, error: outcome.message });
    else if (outcome?.kind === 'refused' && NAME_CODES.has(outcome.code)) setDialog({ ...d, error: outcome.message });
    else setDialog(undefined);
  };

  const ready: ScenarioState | undefined = state?.kind === 'state' ? state : undefined;
  const names = ready?.scenarios.map((s) => s.name) ?? [];
  const labelOf = (input: string): string => ready?.inputs.find((i) => nameKey(i.name) === nameKey(input))?.description || input;

  return (
    <div className={styles.root} ref={root}>
      {ready && (
        <section className={styles.section} aria-labelledby="scenarios-heading">
          <Subtitle2 as="h2" id="scenarios-heading" className={styles.heading}>
            Scenarios
          </Subtitle2>
          <Body1>
            Active scenario: <Text weight="semibold">{ready.active === '' ? 'none' : ready.active}</Text>
            {ready.active !== '' && !ready.activeExists ? ' (not in the Scenarios table any more)' : ''}
          </Body1>
          <Caption1>Shown in the workbook by the name ESG_ActiveScenario.</Caption1>

          <StateBanners pane={pane} ready={ready} />

          <div className={styles.row}>
            <Button disabled={disabled} onClick={() => open({ kind: 'create' })}>
              New from current values…
            </Button>
            <Button
              disabled={disabled || log?.kind !== 'log' || !log.canRevert}
              onClick={() => void run('Reverting the last switch…', () => actions.revert(), revertNotice)}
            >
              Revert last switch
            </Button>
          </div>

          {ready.scenarios.length === 0 ? (
            <Body1>There are no scenarios yet. Use New from current values to save the inputs as they are now.</Body1>
          ) : (
            <ScenarioList
              scenarios={ready.scenarios}
              active={ready.active}
              disabled={disabled}
              onSwitch={(name) => void switchTo(name)}
              onDuplicate={(source) => open({ kind: 'duplicate', source })}
              onRename={(source) => open({ kind: 'rename', source }, moreButton(source))}
              onDelete={(name) => open({ kind: 'delete', name }, button('New from current values…'))}
            />
          )}
        </section>
      )}

      {ready && (
        <section className={styles.section} aria-labelledby="log-heading">
          <Subtitle2 as="h2" id="log-heading" className={styles.heading}>
            Recent changes
          </Subtitle2>
          {log?.kind === 'log' ? (
            <RecentChanges entries={log.entries} total={log.total} labelOf={labelOf} />
          ) : (
            log && <Body1>{log.message}</Body1>
          )}
        </section>
      )}

      {ready && (
        <section className={`${styles.section} ${styles.share}`} aria-labelledby="share-heading">
          <Subtitle2 as="h2" id="share-heading" className={styles.heading}>
            Share scenarios with another workbook
          </Subtitle2>
          <div className={styles.row}>
            <Button disabled={disabled} onClick={() => void run('Exporting…', () => actions.exportScenarios('json'), exportNotice)}>
              Export (JSON)
            </Button>
            <Button disabled={disabled} onClick={() => void run('Exporting…', () => actions.exportScenarios('csv'), exportNotice)}>
              Export (CSV)
            </Button>
            <Button
              disabled={disabled}
              onClick={() => {
                // The conflicts dialog (if the file has any) gives the focus back here.
                focus.remember();
                fileInput.current?.click();
              }}
            >
              Import from a file…
            </Button>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              aria-label="Scenario file to import"
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void doImport(file);
              }}
            />
          </div>
          <Caption1>An import never overwrites a scenario silently: you choose for each one whose values differ.</Caption1>
          {pane.notice?.near === 'share' && (
            <PaneNotice notice={pane.notice} onDismiss={() => pane.setNotice(undefined)} disabled={disabled} />
          )}
        </section>
      )}

      {dialog?.kind === 'unsaved' && (
        <UnsavedDialog
          unsaved={dialog.outcome}
          busy={disabled}
          error={dialog.error}
          onChoose={(choice) => void choose(dialog.outcome.target, choice)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'create' && (
        <NameDialog
          title="New scenario from current values"
          intro="The new scenario stores the value every input has now."
          initialName=""
          confirmLabel="Create"
          busy={disabled}
          existing={names}
          onSubmit={(name) => named('create', '', name)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <NameDialog
          title={`Duplicate "${dialog.source}"`}
          intro={`The copy stores the same values as "${dialog.source}".`}
          initialName={copyName(dialog.source, names)}
          confirmLabel="Duplicate"
          busy={disabled}
          existing={names}
          onSubmit={(name) => named('duplicate', dialog.source, name)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={`Rename "${dialog.source}"`}
          intro="Formulas and report headers that show the active scenario's name will show the new name."
          initialName={dialog.source}
          confirmLabel="Rename"
          busy={disabled}
          existing={names}
          except={dialog.source}
          onSubmit={(name) => named('rename', dialog.source, name)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete "${dialog.name}"?`}
          text="Its stored values are removed from the Scenarios table. The Scenario Log keeps a record of them. The inputs in the workbook do not change."
          confirmLabel="Delete"
          busy={disabled}
          onConfirm={() => void remove(dialog.name)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          fileName={dialog.fileName}
          conflicts={dialog.conflicts}
          busy={disabled}
          error={dialog.error}
          labelOf={labelOf}
          existing={names}
          active={ready?.active}
          onResolve={(resolutions) => void resolve(dialog, resolutions)}
          onCancel={() => setDialog(undefined)}
        />
      )}
    </div>
  );
}
