/**
 * Issue 12's framework cases on a svelte app (tests/frameworks/svelte), with furigana on and, as a
 * control, without the extension: see tests/e2e/support/framework-suite.ts.
 */
import { frameworkSuite } from './support/framework-suite';

frameworkSuite('svelte');
