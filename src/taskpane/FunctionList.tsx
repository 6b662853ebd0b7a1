import { makeStyles, tokens, Text, Subtitle2 } from '@fluentui/react-components';
import { NAMESPACE, REGISTRY } from '../functions/registry';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  name: { fontFamily: tokens.fontFamilyMonospace },
});

/** The catalogue of `ESG.*` functions, each with its one-line description. */
export function FunctionList() {
  const styles = useStyles();
  return (
    <section aria-labelledby="functions-heading">
      <Subtitle2 as="h2" id="functions-heading">Functions</Subtitle2>
      <ul className={styles.list}>
        {REGISTRY.map((fn) => (
          <li key={fn.name}>
            <Text className={styles.name}>={NAMESPACE}.{fn.name}</Text> <Text>{fn.description}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
