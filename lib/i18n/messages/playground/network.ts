// The network between the hosts: latency, jitter, loss and per-link settings.
import { defineMessages } from '../../define'

export const networkMessages = defineMessages({
  en: {
    network: 'Network',
    latencyMs: 'Latency, ms',
    jitterMs: 'Jitter, ms',
    loss: 'Loss (0 to 1)',
    links: 'Per-link settings',
    linksHint:
      'One direction each (from → to); blank fields take the values above. The last setting for a pair wins.',
    link: 'Link {n}: {from} → {to}',
    linkFrom: 'From host',
    linkTo: 'To host',
    addLink: 'Add link setting',
    removeLink: 'Remove link setting {n}',
    moveLinkUp: 'Move link setting {n} up',
    moveLinkDown: 'Move link setting {n} down',
  },
  zh: {
    network: '网络',
    latencyMs: '时延，毫秒',
    jitterMs: '抖动，毫秒',
    loss: '丢包率（0 到 1）',
    links: '按链路设置',
    linksHint: '每条只管一个方向（从 → 到）；留空的字段沿用上面的值。同一对主机以最后一条为准。',
    link: '链路 {n}：{from} → {to}',
    linkFrom: '从主机',
    linkTo: '到主机',
    addLink: '添加链路设置',
    removeLink: '删除链路设置 {n}',
    moveLinkUp: '上移链路设置 {n}',
    moveLinkDown: '下移链路设置 {n}',
  },
})
