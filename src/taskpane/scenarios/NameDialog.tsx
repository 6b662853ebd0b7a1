/**
 * Asks for a scenario name (Create, Duplicate, Rename). The name is checked by the
 * scenario service when submitted: a refusal is shown here, and the dialog stays open so
 * the name can be corrected.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface NameDialogProps {
  readonly title: string;
  /** What the name is for, shown above the field. */
  readonly intro: string;
  readonly initialName: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  /** Resolves to a message to show (the dialog stays open), or `undefined` when done. */
  readonly onSubmit: (name: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}

export function NameDialog(props: NameDialogProps) {
  const styles = useStyles();
  const formId = useId();
  const [name, setName] = useState(props.initialName);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await props.onSubmit(name));
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <form id={formId} className={styles.content} onSubmit={(e) => void submit(e)}>
              <span>{props.intro}</span>
              <Field
                label="Scenario name"
                validationState={error ? 'error' : 'none'}
                validationMessage={error}
                required
              >
                <Input value={name} onChange={(_, data) => setName(data.value)} autoFocus />
              </Field>
            </form>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" type="submit" form={formId} disabled={props.busy}>
              {props.confirmLabel}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
