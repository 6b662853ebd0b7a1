/** The add-in's version (a test checks it matches package.json and manifest.xml). */
export const APP_NAME = 'School Funding Toolkit';
export const APP_VERSION = '0.1.0';
