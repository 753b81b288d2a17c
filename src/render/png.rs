//! Charts as PNG images, for the Word document: our own SVG rendered by
//! resvg (no browser), its text set in the fonts the system has. The same
//! chart on the same machine gives the same bytes.

use resvg::{tiny_skia, usvg};

/// A PNG image and its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Renders SVG documents, the system's fonts loaded once.
pub struct Renderer {
    options: usvg::Options<'static>,
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl Renderer {
    pub fn new() -> Self {
        let mut options = usvg::Options::default();
        options.fontdb_mut().load_system_fonts();
        Self { options }
    }

    /// The SVG drawn at twice its size (sharp when printed); `None` when it
    /// cannot be read or drawn.
    pub fn png(&self, svg: &str) -> Option<Png> {
        const SCALE: f32 = 2.0;
        let tree = usvg::Tree::from_str(svg, &self.options).ok()?;
        let size = tree.size().to_int_size();
        let (width, height) = (size.width() * 2, size.height() * 2);
        let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(SCALE, SCALE),
            &mut pixmap.as_mut(),
        );
        Some(Png {
            bytes: pixmap.encode_png().ok()?,
            width,
            height,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_svg_becomes_a_png_of_twice_its_size() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">\
                   <rect x=\"0\" y=\"0\" width=\"20\" height=\"20\" fill=\"#1f77b4\"/></svg>";
        let png = Renderer::new().png(svg).expect("a picture");
        assert_eq!((png.width, png.height), (80, 40));
        assert_eq!(&png.bytes[1..4], b"PNG");
        assert_eq!(Renderer::new().png(svg), Some(png));
        assert_eq!(Renderer::new().png("<svg"), None);
    }
}
