// Prints one closing line, "N passed, N failed, N skipped", that CI can read whatever the runner.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') this.skipped += 1;
    else if (result.status === 'passed' || test.outcome() === 'flaky') this.passed += 1;
    else if (result.retry === test.retries) this.failed += 1;
  }

  onEnd(): void {
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
