// Known failures on today's main, by page: a list to shrink as issue 16's parts land. Each entry is
// checked both ways — a value not listed fails, and a listed one that no longer occurs fails too.
module.exports = {
  // page → enum constant names shown raw in its Chinese text
  rawEnums: {
    // the audit trail ("操作记录"): actions and state changes as codes (create, verify, — → DRAFT, PENDING → VERIFIED)
    'staff-organisation': ['PENDING', 'VERIFIED'],
    'need-detail (owner)': ['DRAFT', 'SUBMITTED', 'PUBLISHED'],
    contract: ['DRAFT', 'SUBMITTED', 'REGISTERED'],
  },
  // page → axe rule ids with serious or critical violations
  axe: {},
  // forms whose error messages show English words on a Chinese page
  englishErrors: [
    'listing-form empty', // Bean Validation's "不能为null" for a missing maturity and 转化方式
    'listing-form price', // "not an amount in 万元: 很多" (MoneyInput's message)
  ],
  // pages that scroll sideways at 390 px
  horizontalScroll: [],
};
