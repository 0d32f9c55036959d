import { defineMessages } from '../define'

export const home = defineMessages({
  en: {
    metaTitle: 'Handshake: master TCP interview questions',
    heading: 'Understand TCP, one question at a time',
    lead: 'Clear answers to the questions interviewers ask about TCP: the three-way handshake, TIME-WAIT and 2MSL, SYN floods, keepalive. Each one comes with a simulation of exactly that scenario and a short quiz.',
    browse: 'Browse the questions',
    practice: 'Start practising',
    stepReadTitle: 'Read',
    stepReadBody:
      'A short answer first, then the details and the common misconceptions, with the RFC clause behind each claim.',
    stepRunTitle: 'Run',
    stepRunBody:
      'Step through the packets yourself: lose a segment, stretch a timer, watch the states change.',
    stepRecallTitle: 'Recall',
    stepRecallBody:
      'Quiz yourself, then let spaced review bring each question back just before you would forget it.',
    featured: 'Questions',
  },
  zh: {
    metaTitle: 'Handshake：攻克 TCP 面试题',
    heading: '一题一题，真正理解 TCP',
    lead: '清晰解答面试中常见的 TCP 问题：三次握手、TIME-WAIT 与 2MSL、SYN 洪泛、保活机制。每道题都配有对应场景的模拟和一个小测验。',
    browse: '浏览题目',
    practice: '开始练习',
    stepReadTitle: '读',
    stepReadBody: '先给出简短答案，再讲细节和常见误区，每个论断都标明 RFC 条款。',
    stepRunTitle: '跑',
    stepRunBody: '亲自单步观察报文：丢一个分段、拉长一个定时器，看状态如何变化。',
    stepRecallTitle: '记',
    stepRecallBody: '先自测，再让间隔复习在你快要忘记之前把题目带回来。',
    featured: '题目',
  },
})
