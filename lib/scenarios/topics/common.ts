/** Small helpers shared by the scenario files: two hosts on one profile, bilingual text. */
import { type ScenarioInput } from '@/lib/tcp'
import { type Localized } from '../types'

export const CLIENT_IP = '10.0.0.1'
export const SERVER_IP = '10.0.0.2'

/** A client and a server on the same stack profile. */
export const pair = (profile: 'rfc' | 'linux'): ScenarioInput['hosts'] => ({
  client: { ip: CLIENT_IP, profile },
  server: { ip: SERVER_IP, profile },
})

export const text = (en: string, zh: string): Localized => ({ en, zh })
