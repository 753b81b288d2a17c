//! Figures as values: the bars of `tally --chart` and the charts of the
//! report pack. What they show is computed here; how they are drawn
//! (terminal blocks, SVG) is `render`'s.

/// One bar: what it is, how long, and the text after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// A chart: groups of bars, one bar per series in each group.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    /// Lines in smaller type under the title: the as-of date, a filter.
    pub notes: Vec<String>,
    /// What the bars measure, written under the axis.
    pub measure: String,
    /// The groups' labels, top to bottom.
    pub groups: Vec<String>,
    /// The bars of each group, in the legend's order.
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One value per group.
    pub values: Vec<f64>,
}
