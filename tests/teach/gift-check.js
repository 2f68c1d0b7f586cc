// Parses each GIFT file given with the npm package gift-pegjs and checks what the
// quiz must hold: per case a multiple-choice question on the form with one right answer
// among five, then a question per graded item (numerical: KAM managers, headcount, a
// single value or a range; multiple choice: the level of a network's service centres),
// every answer with feedback and no Markdown backticks. Exit 1 on any failure.
// Usage: node gift-check.js MODULE_DIR FILE...
const path = require("path");
const fs = require("fs");
const [moduleDir, ...files] = process.argv.slice(2);
const { parse } = require(path.resolve(moduleDir, "gift-pegjs"));

let failed = false;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  let questions;
  try {
    questions = parse(text).filter((q) => q.type !== "Category" && q.type !== "Description");
  } catch (e) {
    console.error(`${file}: GIFT does not parse: ${e.message}`);
    failed = true;
    continue;
  }
  const mc = questions.filter((q) => q.type === "MC");
  const num = questions.filter((q) => q.type === "Numerical");
  const problems = [];
  if (text.includes("`")) problems.push("Markdown backticks in the quiz");
  const caseOf = (q) => (q.title || "").split(" ")[0];
  const forms = new Map();
  for (const q of mc) {
    const right = q.choices.filter((c) => c.isCorrect);
    if (right.length !== 1 || q.choices.length < 2) {
      problems.push(`${q.title}: ${q.choices.length} choices, ${right.length} right`);
    }
    // The form question has the five forms; a service-level question the levels given.
    if (q.choices.length === 5) forms.set(caseOf(q), (forms.get(caseOf(q)) || 0) + 1);
    for (const c of q.choices) {
      if (!c.feedback || !c.feedback.text) problems.push(`${q.title}: a choice without feedback`);
    }
  }
  const cases = new Set(questions.map(caseOf));
  for (const c of cases) {
    if (forms.get(c) !== 1) problems.push(`${c}: ${forms.get(c) || 0} form questions`);
  }
  for (const q of num) {
    const choices = Array.isArray(q.choices) ? q.choices : [q.choices];
    if (choices.length !== 1 || !choices[0].feedback) {
      problems.push(`${q.title}: numerical answer without feedback`);
    }
  }
  if (problems.length > 0) {
    failed = true;
    for (const p of problems) console.error(`${file}: ${p}`);
  } else {
    console.log(`${file}: ${mc.length} multiple-choice and ${num.length} numerical questions parse`);
  }
}
process.exit(failed ? 1 : 0);
