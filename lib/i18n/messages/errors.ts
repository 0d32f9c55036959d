import { defineMessages } from '../define'

export const errors = defineMessages({
  en: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. Like a segment to a closed port, it got a RST.',
    notFoundHome: 'Back to the home page',
    notFoundQuestions: 'Browse the questions',
  },
  zh: {
    notFoundTitle: '页面不存在',
    notFoundBody: '这个地址没有页面。就像发往关闭端口的分段，它收到了一个 RST。',
    notFoundHome: '返回首页',
    notFoundQuestions: '浏览题目',
  },
})
