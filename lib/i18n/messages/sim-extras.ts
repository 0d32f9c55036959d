/** UI strings of the player's extras: what-if on a segment, pcap download, profile comparison. */
import { defineMessages } from '../define'

export const simExtrasMessages = defineMessages({
  en: {
    whatIf: 'What if… (packet #{no})',
    whatIfHelp: 'Change what the network does to this one segment and run the scenario again.',
    whatIfDrop: 'Drop it',
    whatIfDelay: 'Delay it',
    whatIfDelayMs: 'Delay (ms)',
    whatIfDuplicate: 'Duplicate it',
    whatIfUnreachable: 'This segment never reached the network’s faults (already dropped or a copy).',
    whatIfApplied: '{count} what-if change(s) applied; re-run from t = {t}.',
    whatIfReset: 'Reset what-ifs',
    whatIfDescDrop: 'drop packet #{no}',
    whatIfDescDelay: 'delay packet #{no} by {ms} ms',
    whatIfDescDuplicate: 'duplicate packet #{no}',
    pcapCapture: 'Capture point',
    pcapWire: 'wire',
    pcapDownload: 'Download pcap',
    compareToggle: 'Compare RFC and Linux side by side',
    compareRfc: 'RFC 9293 profile',
    compareLinux: 'Linux profile',
    compareSummary:
      'Close: {rfcClose} segments (RFC) vs {linuxClose} (Linux) · TIME-WAIT: {rfcTw} vs {linuxTw}',
    compareNone: '—',
    predictAhead: 'Playback will pause at step {n} and ask you what happens next.',
  },
  zh: {
    whatIf: '如果……（第 {no} 号报文）',
    whatIfHelp: '改变网络对这一个报文段的处理，然后重新运行场景。',
    whatIfDrop: '丢弃它',
    whatIfDelay: '延迟它',
    whatIfDelayMs: '延迟（毫秒）',
    whatIfDuplicate: '复制它',
    whatIfUnreachable: '这个报文段到不了网络故障注入点（已被丢弃，或本身是副本）。',
    whatIfApplied: '已应用 {count} 项“如果”修改；从 t = {t} 起重新运行。',
    whatIfReset: '撤销所有“如果”',
    whatIfDescDrop: '丢弃第 {no} 号报文',
    whatIfDescDelay: '将第 {no} 号报文延迟 {ms} 毫秒',
    whatIfDescDuplicate: '复制第 {no} 号报文',
    pcapCapture: '抓包位置',
    pcapWire: '线路',
    pcapDownload: '下载 pcap',
    compareToggle: '并排对比 RFC 与 Linux',
    compareRfc: 'RFC 9293 配置',
    compareLinux: 'Linux 配置',
    compareSummary:
      '关闭：{rfcClose} 个报文段（RFC）对 {linuxClose} 个（Linux）· TIME-WAIT：{rfcTw} 对 {linuxTw}',
    compareNone: '—',
    predictAhead: '播放到第 {n} 步时会暂停，请你预测接下来会发生什么。',
  },
})

export type SimExtrasMessages = (typeof simExtrasMessages)['en']
