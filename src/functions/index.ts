/**
 * Entry of the functions bundle: importing each family registers its functions with
 * Excel (custom-functions-metadata-plugin appends the CustomFunctions.associate calls to
 * each family file). It loads before, and independently of, the task pane's UI code.
 */
import './esg';
import './dsg';
import './traded';
import './mix';
