/** The workbook view's sheet tabs. `onSelect` returns false to stay (an edit that cannot be committed). */
import { Tab, TabList } from '@fluentui/react-components';
import { useWorkbookStyles } from './styles';

export interface SheetTabsProps {
  readonly sheetNames: readonly string[];
  readonly selected: string;
  readonly onSelect: (name: string) => void;
}

export function SheetTabs({ sheetNames, selected, onSelect }: SheetTabsProps) {
  const styles = useWorkbookStyles();
  return (
    <div className={styles.tabs} data-region="sheet-tabs">
      <TabList size="small" aria-label="Sheets" selectedValue={selected} onTabSelect={(_, data) => onSelect(String(data.value))}>
        {sheetNames.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
