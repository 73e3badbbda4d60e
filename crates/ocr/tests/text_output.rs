//! A page's result as JSON, plain text, hOCR and ALTO; a volume's text and page list.

use std::collections::HashMap;

use folio_ocr::ctc::Decoded;
use folio_ocr::layout::{reading_order, Block};
use folio_ocr::output::{page_list, volume_text, OutputError, Page, PageError, PAGE_SEPARATOR};
use folio_ocr::{Point, Quad};
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Quad {
    Quad([
        Point::new(x0, y0),
        Point::new(x1, y0),
        Point::new(x1, y1),
        Point::new(x0, y1),
    ])
}

fn decoded(text: &str, confidence: f32) -> Decoded {
    Decoded {
        text: text.to_owned(),
        confidence,
    }
}

/// A two-column page with a heading; one left-column line split in two boxes; texts that need
/// escaping. The boxes are given out of order.
fn sample_page() -> Page {
    let boxes = vec![
        (rect(420.0, 120.0, 740.0, 140.0), decoded("right one", 0.9)),
        (rect(60.0, 120.0, 380.0, 140.0), decoded("left one", 0.8)),
        (rect(300.0, 40.0, 500.0, 70.0), decoded("Tom & Jerry <\"1940\">", 0.99)),
        (rect(60.0, 150.0, 200.0, 170.0), decoded("left", 0.7)),
        (rect(240.0, 150.0, 380.0, 170.0), decoded("two", 0.6)),
        (rect(420.0, 150.0, 740.0, 170.0), decoded("right two", 0.5)),
    ];
    let quads: Vec<Quad> = boxes.iter().map(|b| b.0).collect();
    let texts: Vec<Decoded> = boxes.into_iter().map(|b| b.1).collect();
    let blocks = reading_order(&quads, 800.0, 300.0);
    Page::read("0001 <A&B>.png", 800, 300, &quads, &texts, &blocks).unwrap()
}

#[test]
fn plain_text_separates_blocks_lines_and_boxes() {
    let page = sample_page();
    assert_eq!(
        page.text(),
        "Tom & Jerry <\"1940\">\n\nleft one\nleft two\n\nright one\nright two"
    );
    assert_eq!(page.line_count(), 5);
    let lines = page.lines();
    assert_eq!(lines.len(), 6);
    let numbers: Vec<(usize, usize)> = lines.iter().map(|l| (l.block, l.line)).collect();
    assert_eq!(numbers, [(0, 0), (1, 0), (1, 1), (1, 1), (2, 0), (2, 1)]);
    let mean = (0.9 + 0.8 + 0.99 + 0.7 + 0.6 + 0.5) / 6.0;
    assert!((page.mean_confidence().unwrap() - mean).abs() < 1e-6);
}

#[test]
fn json_round_trips() {
    let page = sample_page();
    let json = page.to_json().unwrap();
    assert_eq!(Page::from_json(&json).unwrap(), page);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["status"], "read");
    assert_eq!(value["lines"][0]["text"], "Tom & Jerry <\"1940\">");
    assert_eq!(value["lines"][0]["quad"][0], serde_json::json!({"x": 300.0, "y": 40.0}));

    let failed = Page::failed(
        "0002.png",
        0,
        0,
        PageError {
            kind: "decode".into(),
            message: "not a PNG".into(),
        },
    );
    let json = failed.to_json().unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["status"], "failed");
    assert_eq!(value["error"]["kind"], "decode");
    assert!(
        value.get("lines").is_none(),
        "a failed page carries its error instead of lines"
    );
    assert_eq!(Page::from_json(&json).unwrap(), failed);
}

/// One element of a parsed document: its name, attributes and text (entities resolved).
#[derive(Debug)]
struct Element {
    name: String,
    attrs: HashMap<String, String>,
    text: String,
}

/// Parses `xml` strictly (end tags must match, one root) into its elements in document order.
fn parse(xml: &str) -> Vec<Element> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut roots = 0;
    loop {
        let event = reader.read_event().unwrap();
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        let key = String::from_utf8(a.key.as_ref().to_vec()).unwrap();
                        (key, a.normalized_value(XmlVersion::Explicit1_0).unwrap().into_owned())
                    })
                    .collect();
                if open.is_empty() {
                    roots += 1;
                }
                elements.push(Element {
                    name,
                    attrs,
                    text: String::new(),
                });
                if matches!(event, Event::Start(_)) {
                    open.push(elements.len() - 1);
                }
            }
            Event::End(_) => {
                open.pop().unwrap();
            }
            Event::Text(t) => {
                let text = t.decode().unwrap();
                if let Some(&i) = open.last() {
                    elements[i].text.push_str(&text);
                } else {
                    assert!(text.trim().is_empty(), "text outside the root: {text:?}");
                }
            }
            Event::GeneralRef(r) => {
                let entity = format!("&{};", r.decode().unwrap());
                let text = quick_xml::escape::unescape(&entity).unwrap();
                elements[*open.last().unwrap()].text.push_str(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    assert_eq!(roots, 1, "one root element");
    elements
}

fn named<'a>(elements: &'a [Element], name: &str) -> Vec<&'a Element> {
    elements.iter().filter(|e| e.name == name).collect()
}

fn with_class<'a>(elements: &'a [Element], class: &str) -> Vec<&'a Element> {
    elements
        .iter()
        .filter(|e| e.attrs.get("class").map(String::as_str) == Some(class))
        .collect()
}

#[test]
fn hocr_is_well_formed_and_escaped() {
    let page = sample_page();
    let hocr = page.to_hocr().unwrap();
    assert!(
        hocr.contains(">&amp;</span>") && hocr.contains(">&lt;&quot;1940&quot;&gt;</span>"),
        "{hocr}"
    );
    let doc = parse(&hocr);
    assert_eq!(doc[0].name, "html");
    let pages = with_class(&doc, "ocr_page");
    assert_eq!(pages.len(), 1);
    assert_eq!(
        pages[0].attrs["title"],
        "image \"0001 <A&B>.png\"; bbox 0 0 800 300; ppageno 0"
    );
    assert_eq!(named(&doc, "title")[0].text, "0001 <A&B>.png");
    assert_eq!(with_class(&doc, "ocr_carea").len(), 3);
    let lines = with_class(&doc, "ocr_line");
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0].attrs["title"], "bbox 300 40 500 70; x_wconf 99");
    // The line "left two" is two boxes: its bbox holds both.
    assert!(
        lines[2].attrs["title"].starts_with("bbox 60 150 380 170;"),
        "{:?}",
        lines[2].attrs
    );
    let words: Vec<&str> = with_class(&doc, "ocrx_word").iter().map(|w| w.text.as_str()).collect();
    assert_eq!(
        words,
        [
            "Tom",
            "&",
            "Jerry",
            "<\"1940\">",
            "left",
            "one",
            "left",
            "two",
            "right",
            "one",
            "right",
            "two"
        ]
    );
    for word in with_class(&doc, "ocrx_word") {
        let title = &word.attrs["title"];
        assert!(title.starts_with("bbox ") && title.contains("; x_wconf "), "{title}");
    }
    // Word boxes are cut from their box by character position: "one" is the last 3 of the 8
    // characters of "left one" (x 60 to 380), so it spans the last 3/8 of the box.
    assert!(with_class(&doc, "ocrx_word")[5].attrs["title"].starts_with("bbox 260 120 380 140"));
}

#[test]
fn alto_is_well_formed_and_escaped() {
    let page = sample_page();
    let alto = page.to_alto().unwrap();
    let doc = parse(&alto);
    assert_eq!(doc[0].name, "alto");
    assert_eq!(doc[0].attrs["xmlns"], "http://www.loc.gov/standards/alto/ns-v4#");
    assert_eq!(named(&doc, "MeasurementUnit")[0].text, "pixel");
    assert_eq!(named(&doc, "fileName")[0].text, "0001 <A&B>.png");
    let p = named(&doc, "Page");
    assert_eq!(
        (p[0].attrs["WIDTH"].as_str(), p[0].attrs["HEIGHT"].as_str()),
        ("800", "300")
    );
    assert_eq!(named(&doc, "PrintSpace").len(), 1);
    assert_eq!(named(&doc, "TextBlock").len(), 3);
    let lines = named(&doc, "TextLine");
    assert_eq!(lines.len(), 5);
    let l = &lines[2].attrs;
    assert_eq!(
        [&l["HPOS"], &l["VPOS"], &l["WIDTH"], &l["HEIGHT"]],
        ["60", "150", "320", "20"]
    );
    let strings = named(&doc, "String");
    let contents: Vec<&str> = strings.iter().map(|s| s.attrs["CONTENT"].as_str()).collect();
    assert_eq!(
        contents,
        [
            "Tom",
            "&",
            "Jerry",
            "<\"1940\">",
            "left",
            "one",
            "left",
            "two",
            "right",
            "one",
            "right",
            "two"
        ]
    );
    assert_eq!(strings[0].attrs["WC"], "0.990");
    assert_eq!(
        named(&doc, "SP").len(),
        12 - 5,
        "a space between the words of each line"
    );
    // The XML escapes what it must in attribute values.
    assert!(alto.contains("CONTENT=\"&lt;&quot;1940&quot;&gt;\""), "{alto}");
}

#[test]
fn a_page_without_lines_gives_empty_text_and_valid_documents() {
    let page = Page::read("blank.png", 640, 480, &[], &[], &[]).unwrap();
    assert_eq!(page.text(), "");
    assert_eq!(page.line_count(), 0);
    assert_eq!(page.mean_confidence(), None);
    let hocr = parse(&page.to_hocr().unwrap());
    assert_eq!(with_class(&hocr, "ocr_page").len(), 1);
    assert!(with_class(&hocr, "ocr_line").is_empty());
    let alto = parse(&page.to_alto().unwrap());
    assert_eq!(named(&alto, "Page").len(), 1);
    assert!(named(&alto, "TextBlock").is_empty());

    // Boxes whose recognition came back empty add no text and no XML lines.
    let quads = [rect(10.0, 10.0, 100.0, 30.0)];
    let blocks = vec![Block { lines: vec![vec![0]] }];
    let page = Page::read("faint.png", 640, 480, &quads, &[decoded("", 0.0)], &blocks).unwrap();
    assert_eq!(page.text(), "");
    assert_eq!(page.lines().len(), 1);
    assert!(named(&parse(&page.to_alto().unwrap()), "TextLine").is_empty());

    let failed = Page::failed(
        "bad.png",
        0,
        0,
        PageError {
            kind: "decode".into(),
            message: "truncated".into(),
        },
    );
    assert_eq!(failed.text(), "");
    parse(&failed.to_hocr().unwrap());
    parse(&failed.to_alto().unwrap());
}

#[test]
fn characters_xml_cannot_hold_are_replaced() {
    let quads = [rect(10.0, 10.0, 100.0, 30.0)];
    let blocks = vec![Block { lines: vec![vec![0]] }];
    let page = Page::read("ctl.png", 200, 50, &quads, &[decoded("a\u{1}b", 0.5)], &blocks).unwrap();
    let doc = parse(&page.to_alto().unwrap());
    assert_eq!(named(&doc, "String")[0].attrs["CONTENT"], "a\u{fffd}b");
}

#[test]
fn layouts_that_do_not_fit_the_boxes_are_errors() {
    let quads = [rect(0.0, 0.0, 10.0, 10.0), rect(0.0, 20.0, 10.0, 30.0)];
    let texts = [decoded("a", 0.9), decoded("b", 0.9)];
    let one = |lines: Vec<Vec<usize>>| vec![Block { lines }];
    assert!(matches!(
        Page::read("p", 10, 10, &quads, &texts[..1], &one(vec![vec![0]])),
        Err(OutputError::Count { boxes: 2, texts: 1 })
    ));
    assert!(matches!(
        Page::read("p", 10, 10, &quads, &texts, &one(vec![vec![0], vec![2]])),
        Err(OutputError::UnknownBox { index: 2, boxes: 2 })
    ));
    assert!(matches!(
        Page::read("p", 10, 10, &quads, &texts, &one(vec![vec![0, 0]])),
        Err(OutputError::RepeatedBox { index: 0 })
    ));
    let err = Page::read("p", 10, 10, &quads, &texts, &one(vec![vec![1]])).unwrap_err();
    assert!(matches!(err, OutputError::MissingBox { index: 0 }));
    assert!(err.to_string().contains("box 0"), "{err}");
}

#[test]
fn a_volume_is_its_pages_text_apart_by_form_feeds() {
    let first = sample_page();
    let failed = Page::failed(
        "0002.png",
        0,
        0,
        PageError {
            kind: "too_large".into(),
            message: "60000×60000".into(),
        },
    );
    let quads = [rect(10.0, 10.0, 100.0, 30.0)];
    let third = Page::read(
        "0003.png",
        200,
        50,
        &quads,
        &[decoded("The End", 0.75)],
        &[Block { lines: vec![vec![0]] }],
    )
    .unwrap();
    let pages = [first.clone(), failed, third];

    let text = volume_text(&pages);
    let pieces: Vec<&str> = text.split(PAGE_SEPARATOR).collect();
    assert_eq!(pieces, [format!("{}\n", first.text()).as_str(), "\n", "The End\n"]);

    let list = page_list(&pages);
    assert_eq!(
        list.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["0001 <A&B>.png", "0002.png", "0003.png"]
    );
    assert_eq!(list.iter().map(|p| p.lines).collect::<Vec<_>>(), [5, 0, 1]);
    assert_eq!(list[2].mean_confidence, Some(0.75));
    assert_eq!(list[1].mean_confidence, None);
    assert_eq!(list[1].error.as_ref().unwrap().kind, "too_large");
    let json = serde_json::to_value(&list).unwrap();
    assert!(json[0].get("error").is_none());
    assert_eq!(json[1]["error"]["message"], "60000×60000");
}
