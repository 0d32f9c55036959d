import { defineMessages } from '../define'

/** Titles and placeholder text for the learning areas that are still being built. */
export const pages = defineMessages({
  en: {
    practiceTitle: 'Practice',
    practiceLead: 'Work through quizzes across every question, mixed by topic and difficulty.',
    reviewTitle: 'Review',
    reviewLead: 'Questions due for spaced review appear here, each at the moment it helps most.',
    statsTitle: 'Stats',
    statsLead: 'Your progress by topic: what you know well and what needs another look.',
    playgroundTitle: 'Playground',
    playgroundLead: 'Build your own scenario: two endpoints, a lossy network and a timeline to step through.',
  },
  zh: {
    practiceTitle: '练习',
    practiceLead: '按主题和难度混合练习所有题目的小测验。',
    reviewTitle: '复习',
    reviewLead: '到期需要复习的题目会出现在这里，在最有帮助的时候提醒你。',
    statsTitle: '统计',
    statsLead: '按主题查看进度：哪些已经掌握，哪些还需要再看看。',
    playgroundTitle: '实验场',
    playgroundLead: '搭建你自己的场景：两个端点、一个会丢包的网络和一条可单步执行的时间线。',
  },
})
