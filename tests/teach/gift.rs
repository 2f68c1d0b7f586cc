//! A small GIFT reader for tests/teach.rs: enough of the format to check what
//! Moodle will read — titles, question text, answer markers, feedback and escapes.

/// One question: title, text (unescaped), and its answers.
#[derive(Debug)]
pub struct Question {
    pub title: String,
    pub text: String,
    pub numerical: bool,
    /// (right, answer text, feedback), unescaped.
    pub answers: Vec<(bool, String, String)>,
}

/// Splits at an unescaped `stop`, returning the text before (unescaped) and the rest.
fn until<'a>(text: &'a str, stops: &[char]) -> Result<(String, &'a str), String> {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, 'n')) => out.push('\n'),
                Some((_, e)) if "~=#{}:\\".contains(e) => out.push(e),
                other => return Err(format!("bad escape {other:?} in {text:?}")),
            },
            c if stops.contains(&c) => return Ok((out, &text[i..])),
            c if "~=#{}".contains(c) => return Err(format!("unescaped {c:?} in {text:?}")),
            c => out.push(c),
        }
    }
    Ok((out, ""))
}

pub fn parse(file: &str) -> Result<Vec<Question>, String> {
    let mut questions = Vec::new();
    for block in file.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .filter(|l| !l.starts_with("//") && !l.starts_with("$CATEGORY:"))
            .collect();
        if lines.is_empty() {
            continue;
        }
        let block = lines.join("\n");
        let rest = block
            .strip_prefix("::")
            .ok_or(format!("no title: {block}"))?;
        let (title, rest) = until(rest, &[':'])?;
        let rest = rest.strip_prefix("::").ok_or("title not closed")?;
        let (text, rest) = until(rest, &['{'])?;
        let body = rest.strip_prefix('{').ok_or("no answers")?;
        let body = body
            .trim_end()
            .strip_suffix('}')
            .ok_or("answers not closed")?;
        let (numerical, mut body) = match body.strip_prefix('#') {
            Some(b) => (true, b),
            None => (false, body),
        };
        let mut answers = Vec::new();
        loop {
            body = body.trim_start();
            let Some(marker) = body.chars().next() else {
                break;
            };
            if marker != '=' && marker != '~' {
                return Err(format!("no answer marker: {body}"));
            }
            let (answer, rest) = until(&body[1..], &['#', '=', '~'])?;
            let (feedback, rest) = match rest.strip_prefix('#') {
                Some(r) => until(r, &['=', '~'])?,
                None => (String::new(), rest),
            };
            answers.push((
                marker == '=',
                answer.trim().to_string(),
                feedback.trim().to_string(),
            ));
            body = rest;
        }
        questions.push(Question {
            title,
            text,
            numerical,
            answers,
        });
    }
    Ok(questions)
}
