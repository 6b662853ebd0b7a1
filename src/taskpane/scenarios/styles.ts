/** The Scenarios view's layout. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Holds the hidden file input, so it stays inside the pane's scroll box (issue 14.1).
  share: { position: 'relative' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hiddenInput: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '1px',
    height: '1px',
    opacity: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
  heading: { margin: 0 },
});
