// A playground link that cannot be opened, and sharing the last run as a link.
import { defineMessages } from '../../define'

export const linkMessages = defineMessages({
  en: {
    linkProblemTitle: 'This playground link could not be opened',
    linkTooLong: 'The link is too long to be a playground link (the limit is {max} characters).',
    linkTooDeep: 'The link nests its data more than {max} levels deep, so it is not a playground link.',
    linkNotValid: 'This is not a valid scenario link: it may have been cut short or changed.',
    linkInvalidFields:
      'The link holds a scenario the simulator rejects. It is loaded below so you can fix it; the problems are:',
    share: 'Share',
    shareLink: 'Link to the last run',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy; the link is selected, copy it with Ctrl+C or ⌘C.',
    tooBigToShare: 'This scenario is too large to share as a link.',
  },
  zh: {
    linkProblemTitle: '无法打开这个实验场链接',
    linkTooLong: '链接太长，不是有效的实验场链接（上限为 {max} 个字符）。',
    linkTooDeep: '链接中的数据嵌套超过 {max} 层，不是有效的实验场链接。',
    linkNotValid: '这不是有效的场景链接：它可能被截断或改动过。',
    linkInvalidFields: '链接中的场景无法通过模拟器校验。它已载入下方供你修改，问题如下：',
    share: '分享',
    shareLink: '最近一次运行的链接',
    copyLink: '复制链接',
    copied: '链接已复制。',
    copyFailed: '无法复制；链接已选中，请按 Ctrl+C 或 ⌘C 复制。',
    tooBigToShare: '这个场景太大，无法通过链接分享。',
  },
})
