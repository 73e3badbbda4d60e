//! A page's result and the documents made from it: JSON, plain text, hOCR and ALTO XML; and per
//! volume, the concatenated text and the list of pages.
//!
//! A page's plain text puts a blank line between blocks, a newline between text lines and a space
//! between the boxes of one line (detection splits lines at wide word gaps). A volume's text is its
//! pages' texts in order, each ended by a newline, with a form feed (U+000C, as `pdftotext`
//! writes) between pages: splitting it at form feeds gives exactly one piece per page, a failed
//! page's piece being empty.
//!
//! hOCR and ALTO carry a box per recognised word. The model reads whole lines, so a word's box is
//! estimated from its place in the line's text (characters taken as equally wide): good enough to
//! find a word on the page, not a measured outline.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::ctc::Decoded;
use crate::geometry::{Bounds, Point, Quad};
use crate::layout::Block;

/// What separates pages in a volume's text.
pub const PAGE_SEPARATOR: char = '\u{000C}';

/// What can go wrong assembling or writing a page's result.
#[derive(Debug, Error)]
pub enum OutputError {
    #[error("{boxes} boxes but {texts} recognised texts: give one text per box, in box order")]
    Count { boxes: usize, texts: usize },
    #[error("the layout names box {index}, but the page has {boxes} boxes: order this page's boxes, not another's")]
    UnknownBox { index: usize, boxes: usize },
    #[error("the layout names box {index} more than once: each box belongs to exactly one line")]
    RepeatedBox { index: usize },
    #[error("the layout leaves out box {index}: order every box of the page")]
    MissingBox { index: usize },
    #[error("page JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("writing XML: {0}")]
    Xml(#[from] io::Error),
}

pub type Result<T, E = OutputError> = std::result::Result<T, E>;

/// One page's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The page's name in its volume (its file name).
    pub name: String,
    /// The image's size in pixels; 0 when it could not be read.
    pub width: u32,
    pub height: u32,
    #[serde(flatten)]
    pub content: PageContent,
}

/// What a page holds: its lines and text, or why it failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum PageContent {
    Read {
        /// The page's plain text (see the module's documentation for its shape).
        text: String,
        /// Every recognised box, in reading order.
        lines: Vec<Line>,
    },
    Failed {
        error: PageError,
    },
}

/// One recognised box: a text line, or the part of one that detection split off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// The block (0-based, in reading order) the box belongs to.
    pub block: usize,
    /// The text line within its block (0-based); the boxes of one text line share it.
    pub line: usize,
    pub quad: Quad,
    pub text: String,
    /// The recogniser's confidence, in 0..=1.
    pub confidence: f32,
}

/// Why a page was not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageError {
    /// A short machine-readable kind, such as `decode` or `too_large`.
    pub kind: String,
    pub message: String,
}

impl Page {
    /// Assembles a read page from its boxes, their recognised texts (same order) and the layout's
    /// blocks (indices into `quads`, each exactly once).
    pub fn read(
        name: impl Into<String>,
        width: u32,
        height: u32,
        quads: &[Quad],
        decoded: &[Decoded],
        blocks: &[Block],
    ) -> Result<Self> {
        if quads.len() != decoded.len() {
            return Err(OutputError::Count {
                boxes: quads.len(),
                texts: decoded.len(),
            });
        }
        let mut seen = vec![false; quads.len()];
        let mut lines = Vec::with_capacity(quads.len());
        for (b, block) in blocks.iter().enumerate() {
            for (l, boxes) in block.lines.iter().enumerate() {
                for &index in boxes {
                    match seen.get_mut(index) {
                        None => {
                            return Err(OutputError::UnknownBox {
                                index,
                                boxes: quads.len(),
                            })
                        }
                        Some(true) => return Err(OutputError::RepeatedBox { index }),
                        Some(s) => *s = true,
                    }
                    lines.push(Line {
                        block: b,
                        line: l,
                        quad: finite_quad(quads[index]),
                        text: decoded[index].text.clone(),
                        confidence: clean_confidence(decoded[index].confidence),
                    });
                }
            }
        }
        if let Some(index) = seen.iter().position(|s| !s) {
            return Err(OutputError::MissingBox { index });
        }
        let text = plain_text(&lines);
        Ok(Self {
            name: name.into(),
            width,
            height,
            content: PageContent::Read { text, lines },
        })
    }

    /// A page that was not read, carrying why.
    pub fn failed(name: impl Into<String>, width: u32, height: u32, error: PageError) -> Self {
        Self {
            name: name.into(),
            width,
            height,
            content: PageContent::Failed { error },
        }
    }

    /// The plain text; empty for a failed page.
    pub fn text(&self) -> &str {
        match &self.content {
            PageContent::Read { text, .. } => text,
            PageContent::Failed { .. } => "",
        }
    }

    /// The recognised boxes in reading order; none for a failed page.
    pub fn lines(&self) -> &[Line] {
        match &self.content {
            PageContent::Read { lines, .. } => lines,
            PageContent::Failed { .. } => &[],
        }
    }

    pub fn error(&self) -> Option<&PageError> {
        match &self.content {
            PageContent::Read { .. } => None,
            PageContent::Failed { error } => Some(error),
        }
    }

    /// How many text lines the page has (boxes of one line count once).
    pub fn line_count(&self) -> usize {
        text_lines(self.lines()).count()
    }

    /// The confidences of the boxes that hold text (boxes read as nothing say nothing).
    pub fn confidences(&self) -> impl Iterator<Item = f32> + '_ {
        self.lines()
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .map(|l| l.confidence)
    }

    /// The mean confidence of the boxes that hold text; `None` when none does.
    pub fn mean_confidence(&self) -> Option<f32> {
        let (sum, n) = self
            .confidences()
            .fold((0.0f64, 0usize), |(s, n), c| (s + f64::from(c), n + 1));
        (n > 0).then(|| (sum / n as f64) as f32)
    }

    pub fn to_json(&self) -> Result<String> {
        Ok(serde_json::to_string(self)?)
    }

    pub fn from_json(json: &str) -> Result<Self> {
        Ok(serde_json::from_str(json)?)
    }

    /// The page as an hOCR (XHTML) document: `ocr_page`, then an `ocr_carea` per block, an
    /// `ocr_line` per text line and an `ocrx_word` per word, each with its `bbox` and, for lines
    /// and words, `x_wconf` (percent).
    pub fn to_hocr(&self) -> Result<String> {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.write_event(Event::DocType(BytesText::from_escaped(
            r#"html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd""#,
        )))?;
        w.create_element("html")
            .with_attributes([
                ("xmlns", "http://www.w3.org/1999/xhtml"),
                ("xml:lang", "en"),
                ("lang", "en"),
            ])
            .write_inner_content(|w| {
                w.create_element("head").write_inner_content(|w| {
                    w.create_element("title")
                        .write_text_content(BytesText::new(&xml_text(&self.name)))?;
                    w.create_element("meta")
                        .with_attributes([("http-equiv", "Content-Type"), ("content", "text/html;charset=utf-8")])
                        .write_empty()?;
                    w.create_element("meta")
                        .with_attributes([("name", "ocr-system"), ("content", "folio")])
                        .write_empty()?;
                    w.create_element("meta")
                        .with_attributes([
                            ("name", "ocr-capabilities"),
                            ("content", "ocr_page ocr_carea ocr_line ocrx_word"),
                        ])
                        .write_empty()?;
                    Ok(())
                })?;
                w.create_element("body")
                    .write_inner_content(|w| self.write_hocr_page(w))?;
                Ok(())
            })?;
        Ok(into_string(w))
    }

    fn write_hocr_page(&self, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
        let title = format!(
            "image \"{}\"; bbox 0 0 {} {}; ppageno 0",
            xml_text(&self.name).replace('\\', "\\\\").replace('"', "\\\""),
            self.width,
            self.height
        );
        let page = w.create_element("div").with_attributes([
            ("class", "ocr_page"),
            ("id", "page_1"),
            ("title", title.as_str()),
        ]);
        let blocks = self.blocks();
        if blocks.is_empty() {
            page.write_empty()?;
            return Ok(());
        }
        page.write_inner_content(|w| {
            let mut word_no = 0usize;
            for (b, block) in blocks.iter().enumerate() {
                let id = format!("block_1_{}", b + 1);
                let title = format!("bbox {}", self.hocr_bbox(&block.bounds));
                w.create_element("div")
                    .with_attributes([("class", "ocr_carea"), ("id", id.as_str()), ("title", title.as_str())])
                    .write_inner_content(|w| {
                        for (l, line) in block.lines.iter().enumerate() {
                            let id = format!("line_1_{}_{}", b + 1, l + 1);
                            let title = self.hocr_title(&line.bounds, line.confidence);
                            w.create_element("span")
                                .with_attributes([
                                    ("class", "ocr_line"),
                                    ("id", id.as_str()),
                                    ("title", title.as_str()),
                                ])
                                .write_inner_content(|w| {
                                    for word in &line.words {
                                        word_no += 1;
                                        let id = format!("word_1_{word_no}");
                                        let title = self.hocr_title(&word.bounds, word.confidence);
                                        w.create_element("span")
                                            .with_attributes([
                                                ("class", "ocrx_word"),
                                                ("id", id.as_str()),
                                                ("title", title.as_str()),
                                            ])
                                            .write_text_content(BytesText::new(&word.text))?;
                                    }
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
        Ok(())
    }

    /// The page as an ALTO v4 document: `Page`, `PrintSpace`, a `TextBlock` per block, a
    /// `TextLine` per text line and a `String` per word (`SP` between words), with `HPOS`, `VPOS`,
    /// `WIDTH` and `HEIGHT` in pixels and `WC` (0..=1) on each `String`.
    pub fn to_alto(&self) -> Result<String> {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.create_element("alto")
            .with_attributes([
                ("xmlns", "http://www.loc.gov/standards/alto/ns-v4#"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd",
                ),
            ])
            .write_inner_content(|w| {
                w.create_element("Description").write_inner_content(|w| {
                    w.create_element("MeasurementUnit")
                        .write_text_content(BytesText::new("pixel"))?;
                    w.create_element("sourceImageInformation").write_inner_content(|w| {
                        w.create_element("fileName")
                            .write_text_content(BytesText::new(&xml_text(&self.name)))?;
                        Ok(())
                    })?;
                    w.create_element("Processing")
                        .with_attribute(("ID", "processing_1"))
                        .write_inner_content(|w| {
                            w.create_element("processingSoftware").write_inner_content(|w| {
                                w.create_element("softwareName")
                                    .write_text_content(BytesText::new("folio"))?;
                                Ok(())
                            })?;
                            Ok(())
                        })?;
                    Ok(())
                })?;
                w.create_element("Layout")
                    .write_inner_content(|w| self.write_alto_page(w))?;
                Ok(())
            })?;
        Ok(into_string(w))
    }

    fn write_alto_page(&self, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
        let (width, height) = (self.width.to_string(), self.height.to_string());
        let blocks = self.blocks();
        w.create_element("Page")
            .with_attributes([
                ("ID", "page_1"),
                ("PHYSICAL_IMG_NR", "1"),
                ("WIDTH", width.as_str()),
                ("HEIGHT", height.as_str()),
            ])
            .write_inner_content(|w| {
                let print_space = w.create_element("PrintSpace").with_attributes([
                    ("HPOS", "0"),
                    ("VPOS", "0"),
                    ("WIDTH", width.as_str()),
                    ("HEIGHT", height.as_str()),
                ]);
                if blocks.is_empty() {
                    print_space.write_empty()?;
                    return Ok(());
                }
                print_space.write_inner_content(|w| {
                    for (b, block) in blocks.iter().enumerate() {
                        let id = format!("block_{}", b + 1);
                        let block_el = w.create_element("TextBlock").with_attribute(("ID", id.as_str()));
                        let block_el = self.alto_box(block_el, &block.bounds);
                        block_el.write_inner_content(|w| {
                            for (l, line) in block.lines.iter().enumerate() {
                                let id = format!("line_{}_{}", b + 1, l + 1);
                                let line_el = w.create_element("TextLine").with_attribute(("ID", id.as_str()));
                                let line_el = self.alto_box(line_el, &line.bounds);
                                line_el.write_inner_content(|w| {
                                    for (n, word) in line.words.iter().enumerate() {
                                        if n > 0 {
                                            w.create_element("SP").write_empty()?;
                                        }
                                        let id = format!("string_{}_{}_{}", b + 1, l + 1, n + 1);
                                        let wc = format!("{:.3}", word.confidence.clamp(0.0, 1.0));
                                        let el = w.create_element("String").with_attribute(("ID", id.as_str()));
                                        self.alto_box(el, &word.bounds)
                                            .with_attributes([("CONTENT", word.text.as_str()), ("WC", wc.as_str())])
                                            .write_empty()?;
                                    }
                                    Ok(())
                                })?;
                            }
                            Ok(())
                        })?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        Ok(())
    }

    fn alto_box<'a>(
        &self,
        el: quick_xml::writer::ElementWriter<'a, Vec<u8>>,
        bounds: &Bounds,
    ) -> quick_xml::writer::ElementWriter<'a, Vec<u8>> {
        let [x0, y0, x1, y1] = self.pixel_box(bounds);
        let (h, v, wd, ht) = (
            x0.to_string(),
            y0.to_string(),
            (x1 - x0).to_string(),
            (y1 - y0).to_string(),
        );
        el.with_attributes([
            ("HPOS", h.as_str()),
            ("VPOS", v.as_str()),
            ("WIDTH", wd.as_str()),
            ("HEIGHT", ht.as_str()),
        ])
    }

    /// An hOCR line's or word's `title`: its box and its confidence in percent.
    fn hocr_title(&self, bounds: &Bounds, confidence: f32) -> String {
        format!("bbox {}; x_wconf {}", self.hocr_bbox(bounds), percent(confidence))
    }

    fn hocr_bbox(&self, bounds: &Bounds) -> String {
        let [x0, y0, x1, y1] = self.pixel_box(bounds);
        format!("{x0} {y0} {x1} {y1}")
    }

    /// Whole pixels that hold `bounds`, kept on the page when its size is known.
    fn pixel_box(&self, b: &Bounds) -> [u32; 4] {
        let clamp = |v: f32, max: u32| {
            let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
            let v = v as u32;
            if max > 0 {
                v.min(max)
            } else {
                v
            }
        };
        let x0 = clamp(b.min_x.floor(), self.width);
        let y0 = clamp(b.min_y.floor(), self.height);
        [
            x0,
            y0,
            clamp(b.max_x.ceil(), self.width).max(x0),
            clamp(b.max_y.ceil(), self.height).max(y0),
        ]
    }

    /// The page's blocks, lines and words for the XML writers; lines without text are left out,
    /// as are blocks left without lines.
    fn blocks(&self) -> Vec<XmlBlock> {
        let mut blocks: Vec<(usize, XmlBlock)> = Vec::new();
        for line in text_lines(self.lines()) {
            let words: Vec<XmlWord> = line.iter().flat_map(words).collect();
            if words.is_empty() {
                continue;
            }
            let bounds = line
                .iter()
                .map(|l| l.quad.bounds())
                .reduce(union)
                .unwrap_or(words[0].bounds);
            let confidence = words.iter().map(|w| w.confidence).sum::<f32>() / words.len() as f32;
            let block_no = line[0].block;
            let xml_line = XmlLine {
                bounds,
                confidence,
                words,
            };
            match blocks.last_mut() {
                Some((no, block)) if *no == block_no => {
                    block.bounds = union(block.bounds, xml_line.bounds);
                    block.lines.push(xml_line);
                }
                _ => blocks.push((
                    block_no,
                    XmlBlock {
                        bounds: xml_line.bounds,
                        lines: vec![xml_line],
                    },
                )),
            }
        }
        blocks.into_iter().map(|(_, b)| b).collect()
    }
}

struct XmlBlock {
    bounds: Bounds,
    lines: Vec<XmlLine>,
}

struct XmlLine {
    bounds: Bounds,
    confidence: f32,
    words: Vec<XmlWord>,
}

struct XmlWord {
    text: String,
    bounds: Bounds,
    confidence: f32,
}

/// The words of one box, each with a box estimated from its place among the box's characters.
fn words(line: &Line) -> Vec<XmlWord> {
    let text = xml_text(&line.text);
    let total = text.chars().count().max(1) as f32;
    let [p0, p1, p2, p3] = line.quad.0;
    let lerp = |a: Point, b: Point, t: f32| Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    let mut out = Vec::new();
    // (character index, byte offset) where the current word began.
    let mut start: Option<(usize, usize)> = None;
    for (i, (byte, c)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some((i, byte)),
            (true, Some((s, s_byte))) => {
                let (t0, t1) = (s as f32 / total, i as f32 / total);
                let quad = Quad([lerp(p0, p1, t0), lerp(p0, p1, t1), lerp(p3, p2, t1), lerp(p3, p2, t0)]);
                out.push(XmlWord {
                    text: text[s_byte..byte].to_owned(),
                    bounds: quad.bounds(),
                    confidence: line.confidence,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn union(a: Bounds, b: Bounds) -> Bounds {
    Bounds {
        min_x: a.min_x.min(b.min_x),
        min_y: a.min_y.min(b.min_y),
        max_x: a.max_x.max(b.max_x),
        max_y: a.max_y.max(b.max_y),
    }
}

fn percent(confidence: f32) -> u32 {
    (confidence.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// Text XML can hold: characters XML 1.0 forbids even escaped become U+FFFD.
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

fn into_string(w: Writer<Vec<u8>>) -> String {
    // Everything written came from `&str`s, so the bytes are UTF-8.
    String::from_utf8_lossy(&w.into_inner()).into_owned()
}

fn clean_confidence(c: f32) -> f32 {
    if c.is_finite() {
        c.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Non-finite coordinates become 0, so the JSON (which has no NaN) reads back as it was written.
fn finite_quad(q: Quad) -> Quad {
    Quad(q.0.map(|p| {
        Point::new(
            if p.x.is_finite() { p.x } else { 0.0 },
            if p.y.is_finite() { p.y } else { 0.0 },
        )
    }))
}

/// Runs of boxes that share a block and a line number.
fn text_lines(lines: &[Line]) -> impl Iterator<Item = &[Line]> {
    lines.chunk_by(|a, b| a.block == b.block && a.line == b.line)
}

/// Blocks apart by a blank line, lines by a newline, the boxes of a line by a space; boxes
/// without text add nothing.
fn plain_text(lines: &[Line]) -> String {
    let mut text = String::new();
    let mut last_block = None;
    for line in text_lines(lines) {
        let parts: Vec<&str> = line.iter().map(|l| l.text.trim()).filter(|t| !t.is_empty()).collect();
        if parts.is_empty() {
            continue;
        }
        match last_block {
            None => {}
            Some(b) if b == line[0].block => text.push('\n'),
            Some(_) => text.push_str("\n\n"),
        }
        last_block = Some(line[0].block);
        text.push_str(&parts.join(" "));
    }
    text
}

/// One page in a volume's page list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageSummary {
    pub name: String,
    /// Text lines read (0 for a failed page).
    pub lines: usize,
    /// Mean confidence of the boxes with text; null when there are none.
    pub mean_confidence: Option<f32>,
    /// Why the page failed, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PageError>,
}

impl PageSummary {
    pub fn of(page: &Page) -> Self {
        Self {
            name: page.name.clone(),
            lines: page.line_count(),
            mean_confidence: page.mean_confidence(),
            error: page.error().cloned(),
        }
    }
}

/// The page list of a volume, pages in the order given.
pub fn page_list(pages: &[Page]) -> Vec<PageSummary> {
    pages.iter().map(PageSummary::of).collect()
}

/// A volume's text: each page's text and a newline, pages apart by [`PAGE_SEPARATOR`]. A form feed
/// inside a page's text (none should be there) becomes a space, so the pages split back exactly.
pub fn volume_text(pages: &[Page]) -> String {
    let mut out = String::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            out.push(PAGE_SEPARATOR);
        }
        out.extend(page.text().chars().map(|c| if c == PAGE_SEPARATOR { ' ' } else { c }));
        out.push('\n');
    }
    out
}
