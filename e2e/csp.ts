// Collects Content-Security-Policy violations in the browser, so a journey fails when the policy
// proxy.ts sends blocks anything the app itself needs (issue 17: "a CSP violation report in the
// e2e run fails the test"). Chromium fires `securitypolicyviolation` on the document for every
// blocked script, style, frame or connection.
import { type Page } from '@playwright/test'

export type CspViolation = { directive: string; blocked: string; page: string; sample: string }

/** Starts recording violations on every document the page loads; call before the first goto. */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = []
  await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: CspViolation) => void })
        .__reportCspViolation
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: event.documentURI,
        sample: event.sample,
      })
    })
  })
  return violations
}
