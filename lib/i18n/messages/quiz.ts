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
    orderHint: 'Put these in order, first at the top. Use the buttons beside each step.',
    moveUp: 'Move “{step}” up',
    moveDown: 'Move “{step}” down',
    placedRight: '{n} of {total} in the right place.',
    rightOrder: 'The right order',
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
    orderHint: '把下面各项排好顺序，最先发生的放在最上面。使用每一项旁边的按钮移动。',
    moveUp: '将“{step}”上移',
    moveDown: '将“{step}”下移',
    placedRight: '{total} 项中有 {n} 项位置正确。',
    rightOrder: '正确顺序',
  },
})
