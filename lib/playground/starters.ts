/**
 * Scenarios a learner can start from. The scenario library (lib/tcp/library) will replace this
 * list; until it lands, the engine's reference scenarios stand in, with Chinese titles added here.
 */
import { EXAMPLES } from '@/lib/tcp/scenario/examples'
import { type ScenarioInput } from '@/lib/tcp/scenario/schema'

export interface Starter {
  readonly id: string
  readonly title: { readonly en: string; readonly zh: string }
  readonly scenario: ScenarioInput
}

const ZH_TITLES: Record<string, string> = {
  'linux-quick-close': '类 HTTP 交互；Linux 用三个报文段关闭',
  'textbook-close': 'RFC 9293 的四次挥手',
  'connection-refused': '向未监听的端口发送 SYN',
  'lost-last-ack': '为什么需要 TIME-WAIT：最后的 ACK 丢失',
  'syn-retries': '遇到静默防火墙时的 SYN 重传',
}

/** Every starting point, in the order the picker lists them. */
export function listStarters(): readonly Starter[] {
  return EXAMPLES.map((scenario) => ({
    id: scenario.name,
    title: {
      en: scenario.title ?? scenario.name,
      zh: ZH_TITLES[scenario.name] ?? scenario.title ?? scenario.name,
    },
    scenario,
  }))
}
