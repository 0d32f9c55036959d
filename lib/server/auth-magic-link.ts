// Delivery of magic links. Handshake ships no mail transport: links go to the server log in
// development and to MAGIC_LINK_FILE when it is set (how the e2e suite and `npm start` read them).
import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

export type MagicLinkDelivery = { file?: string; logToConsole: boolean }

/** Whether a magic link can reach the user at all; the sign-in page hides the form otherwise. */
export function canDeliverMagicLinks(delivery: MagicLinkDelivery): boolean {
  return Boolean(delivery.file) || delivery.logToConsole
}

/** Writes one link as a line `<email> <url>`, the format e2e/fixtures.ts parses. */
export async function deliverMagicLink(
  delivery: MagicLinkDelivery,
  email: string,
  url: string,
): Promise<void> {
  if (!canDeliverMagicLinks(delivery)) throw new Error('No way to deliver magic links is configured')
  if (delivery.file) {
    await mkdir(path.dirname(delivery.file), { recursive: true })
    await appendFile(delivery.file, `${email} ${url}\n`)
  }
  if (delivery.logToConsole) console.log(`[auth] magic link for ${email}: ${url}`)
}
