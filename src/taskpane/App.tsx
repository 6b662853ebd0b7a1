import { makeStyles, tokens, Text, Title3 } from '@fluentui/react-components';
import { APP_NAME, APP_VERSION } from '../version';
import { FunctionList } from './FunctionList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label={APP_NAME}>
      <header>
        <Title3 as="h1">{APP_NAME}</Title3>
        <Text size={200}> v{APP_VERSION}</Text>
      </header>
      <FunctionList />
    </main>
  );
}
