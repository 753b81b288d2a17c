//! The charts of the pack, drawn from its tables' counts.

use crate::query::key::{Key, Mode};
use crate::reports::figure::{Chart, Series};
use crate::reports::pack::tables::Build;
use crate::reports::pack::{Figure, Part, vietnamese};
use crate::reports::table::Table;
use crate::reports::tally;
use crate::select::Selected;

/// The charts of the pack: models by field and level (registered in the
/// period, and cumulative), and the funnel per level.
impl Build<'_> {
    pub(super) fn figures(&self, parts: &[Part], notes: &[String]) -> Vec<Figure> {
        let term = self.period.words();
        let end = vietnamese(self.as_of.date);
        let chart = |title: String, (groups, series): (Vec<String>, Vec<Series>)| Chart {
            title,
            notes: notes.to_vec(),
            // i18n: document text, Vietnamese in every language (cli.md report)
            measure: "Số mô hình".to_owned(),
            groups,
            series,
        };
        let mut figures = vec![
            Figure {
                stem: "01-dang-ky-trong-ky",
                chart: chart(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    format!("Biểu đồ 1. Mô hình đăng ký trong {term} theo lĩnh vực và cấp"),
                    self.field_levels(|s| self.period.contains(s.model.registered)),
                ),
            },
            Figure {
                stem: "02-luy-ke",
                chart: chart(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    format!("Biểu đồ 2. Mô hình lũy kế đến ngày {end} theo lĩnh vực và cấp"),
                    self.field_levels(|_| true),
                ),
            },
        ];
        // Drawn from the table itself: the funnel is costly to count twice.
        if let Some(funnel) = parts
            .iter()
            .find(|p| p.stem == "03-dang-ky-de-nghi-cong-nhan")
        {
            figures.push(Figure {
                stem: funnel.stem,
                chart: chart(
                    format!(
                        // i18n: document text, Vietnamese in every language (cli.md report)
                        "Biểu đồ 3. Đăng ký, đề nghị, công nhận và không đạt theo cấp trong {term}"
                    ),
                    bars_of(&funnel.table),
                ),
            });
        }
        figures
    }

    /// Models by field (groups) and the level they registered at (bars),
    /// every code listed as in the tables.
    fn field_levels(&self, keep: impl Fn(&Selected<'_>) -> bool) -> (Vec<String>, Vec<Series>) {
        let spec = Self::spec(Mode::Models, vec![Key::Field, Key::Level], vec![]);
        let tally = tally::count(self.models(keep), &spec, self.taxonomy);
        let fields = self.axis(&Key::Field, &tally, 0);
        let series = self
            .axis(&Key::Level, &tally, 1)
            .into_iter()
            .map(|level| Series {
                name: self.label(&Key::Level, &level),
                values: fields
                    .iter()
                    .map(|field| {
                        #[allow(clippy::cast_precision_loss)]
                        let n = tally.count_of(&[field.clone(), level.clone()]) as f64;
                        n
                    })
                    .collect(),
            })
            .collect();
        let groups = fields.iter().map(|f| self.label(&Key::Field, f)).collect();
        (groups, series)
    }
}

/// A table's rows (not its total) as groups of bars, one bar per numeric
/// column.
fn bars_of(table: &Table) -> (Vec<String>, Vec<Series>) {
    let groups = table
        .rows
        .iter()
        .map(|r| r[0].label().into_owned())
        .collect();
    let series = table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.numeric)
        .map(|(i, c)| Series {
            name: c.title.clone(),
            values: table
                .rows
                .iter()
                .map(|r| r[i].json().as_f64().unwrap_or(0.0))
                .collect(),
        })
        .collect();
    (groups, series)
}
