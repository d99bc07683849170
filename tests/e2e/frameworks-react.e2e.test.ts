/**
 * Issue 12's framework cases on a react app (tests/frameworks/react), with furigana on and, as a
 * control, without the extension: see tests/e2e/support/framework-suite.ts.
 */
import { frameworkSuite } from './support/framework-suite';

frameworkSuite('react');
