// Known failures, by page: a list that stays empty unless a defect is accepted for a while, with its reason. Each entry is
// checked both ways — a value not listed fails, and a listed one that no longer occurs fails too.
module.exports = {
  // page → enum constant names shown raw in its Chinese text
  rawEnums: {},
  // page → axe rule ids with serious or critical violations
  axe: {},
  // forms whose error messages show English words on a Chinese page
  englishErrors: [],
  // pages that scroll sideways at 390 px
  horizontalScroll: [],
};
