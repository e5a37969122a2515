export { toHansAligned, detectScript } from './script.js';
