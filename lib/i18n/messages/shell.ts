import { defineMessages } from '../define'

/** The frame around every page: header, navigation, language and theme controls, footer. */
export const shell = defineMessages({
  en: {
    siteName: 'Handshake',
    tagline: 'Master TCP interview questions',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    navQuestions: 'Questions',
    navPractice: 'Practice',
    navReview: 'Review',
    navStats: 'Stats',
    navPlayground: 'Playground',
    language: 'Language',
    themeToDark: 'Switch to dark theme',
    themeToLight: 'Switch to light theme',
    footer: 'Learn TCP by running it. Every answer links to the RFC.',
  },
  zh: {
    siteName: 'Handshake',
    tagline: '攻克 TCP 面试题',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    navQuestions: '题目',
    navPractice: '练习',
    navReview: '复习',
    navStats: '统计',
    navPlayground: '实验场',
    language: '语言',
    themeToDark: '切换到深色主题',
    themeToLight: '切换到浅色主题',
    footer: '在运行中学习 TCP。每个答案都附有 RFC 出处。',
  },
})
