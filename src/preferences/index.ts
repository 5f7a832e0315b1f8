export { language } from './language';
