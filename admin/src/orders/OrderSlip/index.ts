export { OrderSlip } from './OrderSlip';
