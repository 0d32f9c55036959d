/**
 * UI strings of the scenario playground (app/(learn)/playground, components/playground): one
 * namespace, declared in one file per part of the form and joined here.
 */
import { type Locale } from '../../locales'
import { applicationMessages } from './applications'
import { endpointMessages } from './endpoints'
import { expectationMessages } from './expectations'
import { faultMessages } from './faults'
import { linkMessages } from './link'
import { networkMessages } from './network'
import { runMessages } from './run'
import { scenarioMessages } from './scenario'

/** The parts, in the order the page shows them; no key is in two parts (index.test.ts). */
export const playgroundParts = [
  linkMessages,
  scenarioMessages,
  endpointMessages,
  applicationMessages,
  networkMessages,
  faultMessages,
  expectationMessages,
  runMessages,
] as const

const join = (locale: Locale) => ({
  ...linkMessages[locale],
  ...scenarioMessages[locale],
  ...endpointMessages[locale],
  ...applicationMessages[locale],
  ...networkMessages[locale],
  ...faultMessages[locale],
  ...expectationMessages[locale],
  ...runMessages[locale],
})

export const playgroundMessages: Record<Locale, ReturnType<typeof join>> = { en: join('en'), zh: join('zh') }

export type PlaygroundMessages = (typeof playgroundMessages)['en']
