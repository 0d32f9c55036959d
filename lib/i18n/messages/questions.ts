import { defineMessages } from '../define'

/** The question list, the question page and the components used inside question MDX. */
export const questions = defineMessages({
  en: {
    listTitle: 'Questions',
    listLead: 'Each question has a short answer, a deep dive, a simulation and a quiz.',
    listEmpty: 'No questions yet.',
    difficulty: 'Difficulty',
    easy: 'Easy',
    medium: 'Medium',
    hard: 'Hard',
    topics: 'Topics',
    furtherReading: 'Further reading',
    checkYourself: 'Check yourself',
    backToList: 'All questions',
    calloutNote: 'Note',
    calloutWarning: 'Warning',
    calloutMisconception: 'Common misconception',
  },
  zh: {
    listTitle: '题目',
    listLead: '每道题都有简短答案、深入讲解、模拟和小测验。',
    listEmpty: '暂时还没有题目。',
    difficulty: '难度',
    easy: '简单',
    medium: '中等',
    hard: '困难',
    topics: '主题',
    furtherReading: '延伸阅读',
    checkYourself: '自测',
    backToList: '全部题目',
    calloutNote: '注意',
    calloutWarning: '警告',
    calloutMisconception: '常见误区',
  },
})
