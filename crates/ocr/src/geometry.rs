//! The geometry every stage shares: points and four-cornered boxes in page pixels.

use serde::{Deserialize, Serialize};

/// A point in page pixels: x to the right, y down, origin at the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// A text line's box: four corners, clockwise from the top-left one, in page pixels. Detection
/// gives rotated rectangles, so the sides need not be axis-aligned.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quad(pub [Point; 4]);

/// An axis-aligned rectangle in page pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub min_x: f32,
    pub min_y: f32,
    pub max_x: f32,
    pub max_y: f32,
}

impl Bounds {
    pub fn width(&self) -> f32 {
        self.max_x - self.min_x
    }

    pub fn height(&self) -> f32 {
        self.max_y - self.min_y
    }
}

impl Quad {
    /// The axis-aligned rectangle that holds the four corners.
    pub fn bounds(&self) -> Bounds {
        let xs = self.0.map(|p| p.x);
        let ys = self.0.map(|p| p.y);
        Bounds {
            min_x: xs.iter().copied().fold(f32::INFINITY, f32::min),
            min_y: ys.iter().copied().fold(f32::INFINITY, f32::min),
            max_x: xs.iter().copied().fold(f32::NEG_INFINITY, f32::max),
            max_y: ys.iter().copied().fold(f32::NEG_INFINITY, f32::max),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_hold_a_rotated_box() {
        let quad = Quad([
            Point::new(10.0, 5.0),
            Point::new(50.0, 8.0),
            Point::new(49.0, 20.0),
            Point::new(9.0, 17.0),
        ]);
        let b = quad.bounds();
        assert_eq!((b.min_x, b.min_y, b.max_x, b.max_y), (9.0, 5.0, 50.0, 20.0));
        assert_eq!((b.width(), b.height()), (41.0, 15.0));
    }
}
