import { defineMessages } from '../define'

export const quiz = defineMessages({
  en: {
    question: 'Question {n} of {total}',
    check: 'Check answer',
    tryAgain: 'Try again',
    chooseFirst: 'Choose an answer first.',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    correctAnswer: 'Correct answer',
    yourAnswer: 'Your answer',
  },
  zh: {
    question: '第 {n} 题，共 {total} 题',
    check: '检查答案',
    tryAgain: '再试一次',
    chooseFirst: '请先选择一个答案。',
    correct: '回答正确。',
    incorrect: '不太对。',
    correctAnswer: '正确答案',
    yourAnswer: '你的答案',
  },
})
