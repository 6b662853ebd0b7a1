export { OfficeWorkbook } from './OfficeWorkbook';
