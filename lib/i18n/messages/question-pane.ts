import { defineMessages } from '../define'

/**
 * The question page's simulation entry points: the side pane on wide screens, each placement's
 * stand-in beside the text, and the "Simulate" link near the top on phones.
 */
export const questionPane = defineMessages({
  en: {
    heading: 'Simulation',
    chooser: 'Simulation to show',
    show: 'Run it beside the text',
    shown: 'Running beside the text',
    simulate: 'Simulate',
    simulateCount: '{count} simulations in this answer',
  },
  zh: {
    heading: '模拟',
    chooser: '选择要显示的模拟',
    show: '在正文旁运行',
    shown: '正在正文旁运行',
    simulate: '模拟',
    simulateCount: '本答案共有 {count} 个模拟',
  },
})
