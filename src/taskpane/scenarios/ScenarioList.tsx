/**
 * The workbook's scenarios, the active one marked. Each has a Switch button (one click or
 * Enter) and a "More" button that shows Duplicate, Rename and Delete under it (an inline
 * disclosure rather than a pop-up menu: keyboard friendly, and no positioning code in the
 * pane's bundle).
 */
import { useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ScenarioInfo } from '../../scenarios';
import { nameKey } from '../../workbook/port';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  more: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  badge: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  active: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export interface ScenarioListProps {
  readonly scenarios: readonly ScenarioInfo[];
  /** The active scenario's name as the workbook holds it. */
  readonly active: string;
  readonly disabled: boolean;
  readonly onSwitch: (name: string) => void;
  readonly onDuplicate: (name: string) => void;
  readonly onRename: (name: string) => void;
  readonly onDelete: (name: string) => void;
}

const same = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

export function ScenarioList(props: ScenarioListProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string>();
  return (
    <ul className={styles.list} aria-label="Scenarios">
      {props.scenarios.map((s) => {
        const isActive = props.active !== '' && same(s.name, props.active);
        const expanded = open !== undefined && same(open, s.name);
        const moreId = `scenario-more-${props.scenarios.indexOf(s)}`;
        // The actions stay shown, so the focus can come back to the one that opened a dialog.
        const pick = (action: (name: string) => void) => () => action(s.name);
        return (
          <li key={s.name} className={isActive ? `${styles.item} ${styles.active}` : styles.item} aria-current={isActive ? 'true' : undefined}>
            <div className={styles.line}>
              <Text className={styles.name} weight={isActive ? 'semibold' : 'regular'}>
                {s.name}
              </Text>
              {isActive ? (
                <span className={styles.badge}>Active</span>
              ) : (
                <Button size="small" appearance="primary" disabled={props.disabled} aria-label={`Switch to "${s.name}"`} onClick={() => props.onSwitch(s.name)}>
                  Switch
                </Button>
              )}
              <Button
                size="small"
                appearance="subtle"
                disabled={props.disabled}
                aria-label={`More actions for "${s.name}"`}
                aria-expanded={expanded}
                aria-controls={moreId}
                onClick={() => setOpen(expanded ? undefined : s.name)}
              >
                {expanded ? 'Less' : 'More'}
              </Button>
            </div>
            {expanded && (
              <div id={moreId} className={styles.more} role="group" aria-label={`Actions for "${s.name}"`}>
                <Button size="small" disabled={props.disabled} onClick={pick(props.onDuplicate)}>
                  Duplicate…
                </Button>
                <Button size="small" disabled={props.disabled} onClick={pick(props.onRename)}>
                  Rename…
                </Button>
                {isActive ? (
                  <Text size={200}>The active scenario can&apos;t be deleted: switch to another first.</Text>
                ) : (
                  <Button size="small" disabled={props.disabled} onClick={pick(props.onDelete)}>
                    Delete…
                  </Button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
