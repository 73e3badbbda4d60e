//! Error rates and confidence statistics, and the reports `ocr-eval` writes.

use folio_ocr::eval::{normalize, ConfidenceStats, JobReport, PageEval, Rates, Score, VolumeReport};
use folio_ocr::output::PageError;

#[test]
fn normalisation_is_nfkc_then_single_spaces() {
    assert_eq!(normalize("  ﬁne\u{00a0}ﬂour \n\n\t１２３ "), "fine flour 123");
    assert_eq!(normalize("a\u{3000}b\r\nc"), "a b c");
    assert_eq!(normalize("\n \t"), "");
    // Composed and decomposed accents compare equal.
    assert_eq!(normalize("Froschko\u{308}nig"), normalize("Froschkönig"));
}

#[test]
fn identical_texts_score_zero_whatever_the_layout() {
    let s = Score::of(
        "It is a truth\nuniversally acknowledged",
        "It is a truth universally\n\nacknowledged  ",
    );
    assert_eq!(
        s,
        Score {
            char_errors: 0,
            chars: 38,
            word_errors: 0,
            words: 6
        }
    );
    assert_eq!((s.cer(), s.wer()), (Some(0.0), Some(0.0)));
}

#[test]
fn known_edits_give_known_rates() {
    // One substitution (e→a), one deletion (o), one insertion (!): 3 of 11 characters.
    let s = Score::of("hello world", "hallo wrld!");
    assert_eq!((s.char_errors, s.chars), (3, 11));
    assert_eq!((s.word_errors, s.words), (2, 2));
    assert_eq!(s.cer(), Some(3.0 / 11.0));
    assert_eq!(s.wer(), Some(1.0));

    // A missing space costs a character and turns two words into one wrong one.
    let s = Score::of("Pride and Prejudice", "Prideand Prejudice");
    assert_eq!((s.char_errors, s.chars, s.word_errors, s.words), (1, 19, 2, 3));
}

#[test]
fn ligatures_and_full_width_digits_count_as_plain_letters() {
    let s = Score::of("The ﬁrst ﬂoor, room １０４", "The first floor, room 104");
    assert_eq!((s.char_errors, s.word_errors), (0, 0));
    // Without NFKC, 'ﬁ' against 'fi' would be two edits.
    assert_eq!(s.chars, "The first floor, room 104".chars().count());
}

#[test]
fn an_empty_reference_has_no_rate_but_its_errors_count() {
    let s = Score::of("", "noise");
    assert_eq!(
        s,
        Score {
            char_errors: 5,
            chars: 0,
            word_errors: 1,
            words: 0
        }
    );
    assert_eq!((s.cer(), s.wer()), (None, None));
    assert_eq!(Score::of("", ""), Score::default());
    let s = Score::of("text", "");
    assert_eq!((s.cer(), s.wer()), (Some(1.0), Some(1.0)));
}

#[test]
fn totals_are_sums_not_means_of_rates() {
    // A short page read badly and a long page read well: 10 + 1 errors over 10 + 100 characters.
    let short = Score {
        char_errors: 10,
        chars: 10,
        word_errors: 2,
        words: 2,
    };
    let long = Score {
        char_errors: 1,
        chars: 100,
        word_errors: 1,
        words: 20,
    };
    let total: Score = [short, long].into_iter().sum();
    assert_eq!(total.cer(), Some(11.0 / 110.0));
    assert_eq!(total.wer(), Some(3.0 / 22.0));
}

#[test]
fn confidence_statistics() {
    let c = ConfidenceStats::of(&[0.9, 0.5, 0.7, 0.3, 1.0, f32::NAN], 0.6);
    assert_eq!(c.lines, 5, "non-finite confidences are left out");
    assert!((c.mean.unwrap() - 0.68).abs() < 1e-6);
    assert!((c.median.unwrap() - 0.7).abs() < 1e-6);
    // Sorted 0.3 0.5 0.7 0.9 1.0: the 10th percentile lies 0.4 of the way from 0.3 to 0.5.
    assert!((c.p10.unwrap() - 0.38).abs() < 1e-6);
    assert_eq!(c.below, 2);
    assert!((c.share_below - 0.4).abs() < 1e-12);

    let none = ConfidenceStats::of(&[], 0.6);
    assert_eq!(
        (none.lines, none.mean, none.median, none.p10, none.share_below),
        (0, None, None, None, 0.0)
    );
}

fn page(name: &str, reference: Option<&str>, hypothesis: &str, confidence: f64) -> PageEval {
    PageEval {
        name: name.to_owned(),
        lines: 1,
        mean_confidence: Some(confidence),
        accuracy: reference.map(|r| Rates::from(Score::of(r, hypothesis))),
        error: None,
    }
}

#[test]
fn volume_and_job_reports_pool_counts() {
    let failed = PageEval {
        name: "0003.png".into(),
        lines: 0,
        mean_confidence: None,
        accuracy: None,
        error: Some(PageError {
            kind: "decode".into(),
            message: "truncated".into(),
        }),
    };
    let v1 = VolumeReport::new(
        "W0001",
        vec![
            page("0001.png", Some("abcd"), "abcx", 0.9),
            page("0002.png", None, "no truth", 0.4),
            failed,
        ],
        &[0.9, 0.4],
        0.5,
    );
    assert_eq!((v1.page_count, v1.pages_scored, v1.pages_failed), (3, 1, 1));
    assert_eq!(v1.accuracy.unwrap().cer, Some(0.25));
    assert_eq!(v1.confidence.below, 1);

    let v2 = VolumeReport::new(
        "W0002",
        vec![page("0001.png", Some("abcdefghij"), "abcdefghij", 0.8)],
        &[0.8, 0.2, 0.7],
        0.5,
    );
    let v3 = VolumeReport::new("W0003", vec![page("0001.png", None, "x", 0.9)], &[0.9], 0.5);
    assert_eq!(v3.accuracy, None);

    let job = JobReport::new("eval-1", &[v1.clone(), v2, v3]);
    assert_eq!((job.volume_count, job.volumes_scored), (3, 2));
    assert_eq!((job.page_count, job.pages_scored, job.pages_failed), (5, 2, 1));
    let accuracy = job.accuracy.unwrap();
    assert_eq!((accuracy.score.char_errors, accuracy.score.chars), (1, 14));
    assert_eq!(accuracy.cer, Some(1.0 / 14.0));
    assert_eq!((job.confidence.lines, job.confidence.below), (6, 2));
    assert!((job.confidence.mean.unwrap() - (0.9 + 0.4 + 0.8 + 0.2 + 0.7 + 0.9) / 6.0).abs() < 1e-6);
    assert_eq!(job.volumes[0].volume, "W0001");

    // The reports are what the job writes: JSON that reads back the same.
    let json = serde_json::to_string(&job).unwrap();
    assert_eq!(serde_json::from_str::<JobReport>(&json).unwrap(), job);
    let value = serde_json::to_value(&v1).unwrap();
    assert_eq!(value["pages"][0]["accuracy"]["char_errors"], 1);
    assert_eq!(value["pages"][0]["accuracy"]["cer"], 0.25);
    assert!(value["pages"][1]["accuracy"].is_null());
    assert_eq!(value["pages"][2]["error"]["kind"], "decode");
    assert_eq!(serde_json::from_value::<VolumeReport>(value).unwrap(), v1);
}

#[test]
fn a_page_eval_comes_from_a_page_and_its_ground_truth() {
    use folio_ocr::ctc::Decoded;
    use folio_ocr::layout::Block;
    use folio_ocr::output::Page;
    use folio_ocr::{Point, Quad};

    let quad = |y: f32| {
        Quad([
            Point::new(0.0, y),
            Point::new(100.0, y),
            Point::new(100.0, y + 10.0),
            Point::new(0.0, y + 10.0),
        ])
    };
    let texts = [
        Decoded {
            text: "ﬁrst line".into(),
            confidence: 0.9,
        },
        Decoded {
            text: String::new(),
            confidence: 0.0,
        },
        Decoded {
            text: "secund".into(),
            confidence: 0.5,
        },
    ];
    let blocks = [Block {
        lines: vec![vec![0], vec![1], vec![2]],
    }];
    let page = Page::read(
        "0001.png",
        100,
        40,
        &[quad(0.0), quad(12.0), quad(24.0)],
        &texts,
        &blocks,
    )
    .unwrap();
    assert_eq!(
        page.confidences().collect::<Vec<_>>(),
        [0.9, 0.5],
        "a box read as nothing has no say"
    );

    let eval = PageEval::of(&page, Some("first line\nsecond"));
    assert_eq!(eval.lines, 3);
    assert!((eval.mean_confidence.unwrap() - 0.7).abs() < 1e-6);
    let accuracy = eval.accuracy.unwrap();
    assert_eq!(
        (
            accuracy.score.char_errors,
            accuracy.score.chars,
            accuracy.score.word_errors
        ),
        (1, 17, 1)
    );

    let failed = Page::failed(
        "0002.png",
        0,
        0,
        PageError {
            kind: "decode".into(),
            message: "bad".into(),
        },
    );
    let eval = PageEval::of(&failed, Some("two words"));
    assert_eq!(
        eval.accuracy.unwrap().cer,
        Some(1.0),
        "a failed page loses all its text"
    );
    assert_eq!(eval.error.unwrap().kind, "decode");
    assert_eq!(PageEval::of(&failed, None).accuracy, None);
}
