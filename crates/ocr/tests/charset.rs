//! The characters of European books: which ones each model generation's dictionary has, and what
//! each generation reads where a page prints them. The pages are tests/fixtures/charset/300dpi,
//! one line of book text per character (examples/src/charset/lines.tsv, rendered by
//! scripts/make-charset.sh). The test prints the table README.md's "Characters" section gives.

use std::path::{Path, PathBuf};

use folio_ocr::{Engine, Generation, OcrConfig, Timings};

/// Printed ligatures are one glyph for several letters; a reader wants the letters.
const LIGATURES: [(char, &str); 5] = [('ﬁ', "fi"), ('ﬂ', "fl"), ('ﬀ', "ff"), ('ﬃ', "ffi"), ('ﬄ', "ffl")];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charset/300dpi")
}

/// (character, its line) in the order of lines.tsv, which is the order of the page files.
fn rows() -> Vec<(char, String)> {
    let tsv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/src/charset/lines.tsv");
    std::fs::read_to_string(tsv)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (c, text) = l.split_once('\t').unwrap();
            let mut chars = c.chars();
            let c = chars.next().unwrap();
            assert!(chars.next().is_none(), "one character per row: {l}");
            (c, text.to_owned())
        })
        .collect()
}

/// What a reader expects for a character: its letters for a ligature, else itself.
fn expected(c: char) -> String {
    LIGATURES
        .iter()
        .find(|(l, _)| *l == c)
        .map_or_else(|| c.to_string(), |(_, s)| (*s).to_owned())
}

/// For each occurrence of `target` in `truth`, the text of `read` aligned to it by a
/// least-edits alignment (an inserted character goes with the truth character before it, so „
/// read as ",," is one occurrence read as ",,"; a deletion reads as nothing). `truth` has ligatures written out, so `target` is their letters.
fn aligned_reads(truth: &str, read: &str, target: &str) -> Vec<String> {
    let t: Vec<char> = truth.chars().collect();
    let r: Vec<char> = read.chars().collect();
    let (n, m) = (t.len(), r.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = d[i - 1][j - 1] + usize::from(t[i - 1] != r[j - 1]);
            d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    // Walk back: the read characters aligned to each truth character.
    let mut owned = vec![String::new(); n];
    let (mut i, mut j) = (n, m);
    let mut pending = String::new();
    while i > 0 || j > 0 {
        if j > 0 && (i == 0 || d[i][j] == d[i][j - 1] + 1) {
            pending.insert(0, r[j - 1]);
            j -= 1;
        } else if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + usize::from(t[i - 1] != r[j - 1]) {
            owned[i - 1] = format!("{}{pending}", r[j - 1]);
            pending.clear();
            i -= 1;
            j -= 1;
        } else {
            owned[i - 1] = std::mem::take(&mut pending);
            i -= 1;
        }
    }
    let width = target.chars().count();
    let mut reads = Vec::new();
    let mut k = 0;
    while k + width <= n {
        if t[k..k + width].iter().copied().eq(target.chars()) {
            reads.push(owned[k..k + width].concat());
            k += width;
        } else {
            k += 1;
        }
    }
    reads
}

fn in_dictionary(generation: Generation, c: char) -> bool {
    let s = c.to_string();
    generation.dictionary().lines().any(|l| l == s)
}

/// What one generation reads for each row's character: the aligned reads of its occurrences.
fn reads(generation: Generation, rows: &[(char, String)]) -> Vec<Vec<String>> {
    let engine = Engine::new(OcrConfig {
        models: generation,
        ..OcrConfig::default()
    })
    .unwrap();
    let mut timings = Timings::default();
    rows.iter()
        .enumerate()
        .map(|(n, (c, text))| {
            let name = format!("{:02}", n + 1);
            let bytes = std::fs::read(fixtures().join(format!("{name}.png"))).unwrap();
            let truth = std::fs::read_to_string(fixtures().join(format!("{name}.gt.txt"))).unwrap();
            assert_eq!(
                truth.trim_end(),
                text,
                "{name}.gt.txt is not line {} of lines.tsv",
                n + 1
            );
            let pages = engine.read_file(&name, &bytes, &mut timings);
            let read = pages[0].text().replace('\n', " ");
            let want = expected(*c);
            let truth: String = LIGATURES.iter().fold(text.clone(), |t, (l, s)| t.replace(*l, s));
            aligned_reads(&truth, &read, &want)
        })
        .collect()
}

fn shown(reads: &[String], want: &str) -> String {
    let right = reads.iter().filter(|r| *r == want).count();
    let mut wrong: Vec<String> = reads
        .iter()
        .filter(|r| *r != want)
        .map(|r| {
            if r.is_empty() {
                "nothing".to_owned()
            } else {
                format!("`{r}`")
            }
        })
        .collect();
    wrong.dedup();
    if wrong.is_empty() {
        format!("{right}/{} right", reads.len())
    } else {
        format!("{right}/{} right, else {}", reads.len(), wrong.join(" "))
    }
}

#[test]
fn alignment_finds_what_was_read_for_each_occurrence() {
    assert_eq!(aligned_reads("a „b „c", "a ,,b \"c", "„"), [",,", "\""]);
    assert_eq!(aligned_reads("the first", "the frst", "fi"), ["f"]);
    assert_eq!(aligned_reads("xßy", "xy", "ß"), [""]);
}

#[test]
fn european_characters_by_generation() {
    let rows = rows();
    let by_generation: Vec<(Generation, Vec<Vec<String>>)> =
        Generation::ALL.into_iter().map(|g| (g, reads(g, &rows))).collect();

    println!(
        "| character | {} |",
        Generation::ALL
            .map(|g| format!("in {} dictionary | {g} reads", g.key()))
            .join(" | ")
    );
    println!("|---|{}", "---|---|".repeat(Generation::ALL.len()));
    for (n, (c, _)) in rows.iter().enumerate() {
        let want = expected(*c);
        let cells: Vec<String> = by_generation
            .iter()
            .map(|(g, reads)| {
                let present = if want != c.to_string() {
                    "(letters)".to_owned()
                } else if in_dictionary(*g, *c) {
                    "yes".to_owned()
                } else {
                    "no".to_owned()
                };
                format!("{present} | {}", shown(&reads[n], &want))
            })
            .collect();
        println!("| {c} U+{:04X} | {} |", *c as u32, cells.join(" | "));
    }

    // The default generation is the one that reads these characters best.
    let right = |reads: &[Vec<String>]| -> usize {
        rows.iter()
            .zip(reads)
            .map(|((c, _), r)| r.iter().filter(|x| **x == expected(*c)).count())
            .sum()
    };
    let totals: Vec<(Generation, usize)> = by_generation.iter().map(|(g, r)| (*g, right(r))).collect();
    println!("occurrences read right: {totals:?}");
    let best = totals.iter().map(|(_, n)| *n).max().unwrap();
    let default = totals.iter().find(|(g, _)| *g == Generation::default()).unwrap();
    assert_eq!(
        default.1, best,
        "the default models read fewer of these characters right: {totals:?}"
    );

    for (g, reads) in &by_generation {
        for (n, (c, _)) in rows.iter().enumerate() {
            let want = expected(*c);
            // Every occurrence is found in the truth, whatever was read.
            assert!(reads[n].len() >= 2, "{g}: line {} prints {c} at least twice", n + 1);
            // A character the dictionary lacks is never printed by the recogniser.
            if want == c.to_string() && !in_dictionary(*g, *c) {
                assert!(!reads[n].contains(&want), "{g} printed {c}, which its dictionary lacks");
            }
        }
    }
}
