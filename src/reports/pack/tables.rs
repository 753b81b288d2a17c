//! The tables of the pack, each counted from the selected models.

use std::collections::{HashMap, HashSet};

use crate::i18n::Lang;
use crate::model::EventType;
use crate::model::derived::AsOf;
use crate::model::recognition;
use crate::model::renames::RenameKey;
use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Key, Mode, Row, Value};
use crate::reports::pack::{Part, Period, vietnamese};
use crate::reports::table::{Cell, Column, Table};
use crate::reports::tally::{self, Bucket, Spec, Tally};
use crate::select::Selected;
use crate::text::fold;
use crate::tr_in;

/// What every table is built from.
pub(super) struct Build<'a> {
    pub(super) selected: &'a [Selected<'a>],
    pub(super) as_of: &'a AsOf,
    pub(super) period: Period,
    pub(super) taxonomy: &'a Taxonomy,
    /// The same period before, for the comparison.
    pub(super) before: Before<'a>,
}

/// The models of the same period before, as of its end.
pub(super) struct Before<'a> {
    pub(super) selected: &'a [Selected<'a>],
    pub(super) period: Period,
}

/// A column of a grid: its title and which groups (by the values of the
/// keys after the row key) it adds up.
struct Pick {
    title: String,
    test: Test,
}

/// Whether a group, by its values after the row key, counts in a column.
type Test = Box<dyn Fn(&[Bucket]) -> bool>;

impl Pick {
    fn new(title: impl Into<String>, test: impl Fn(&[Bucket]) -> bool + 'static) -> Self {
        Self {
            title: title.into(),
            test: Box::new(test),
        }
    }
}

fn count_cell(n: u64) -> Cell {
    #[allow(clippy::cast_precision_loss)]
    Cell::number(n as f64)
}

fn usize_cell(n: usize) -> Cell {
    count_cell(u64::try_from(n).unwrap_or(u64::MAX))
}

impl<'a> Build<'a> {
    /// Tables 1 to 3: models registered, and how far they went, by level.
    pub(super) fn model_parts(&self) -> Vec<Part> {
        let term = self.period.words();
        let end = vietnamese(self.as_of.date);
        vec![
            Part {
                stem: "01-dang-ky-trong-ky",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "01 Đăng ký trong kỳ",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 1. Mô hình đăng ký trong {term} theo lĩnh vực, cấp và đối tượng"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Số mô hình, điển hình có ngày đăng ký (`registered`) trong {term}, theo lĩnh vực \
                     (hàng) và theo cấp đăng ký × đối tượng tập thể/cá nhân (cột), với tổng số và \
                     tổng theo đối tượng."
                ),
                table: self.field_grid(|s| self.period.contains(s.model.registered)),
            },
            Part {
                stem: "02-luy-ke",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "02 Lũy kế",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 2. Mô hình lũy kế đến ngày {end} theo lĩnh vực, cấp và đối tượng"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Như bảng 1, cho mọi mô hình đăng ký đến ngày {end} (kể cả mô hình đã ngừng \
                     hoặc bị thu hồi; xem bảng 9 và bảng 11)."
                ),
                table: self.field_grid(|_| true),
            },
            Part {
                stem: "03-dang-ky-de-nghi-cong-nhan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "03 Đề nghị, công nhận",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 3. Đăng ký, đề nghị, công nhận và không đạt theo cấp trong {term}"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Theo từng cấp: số mô hình đăng ký ở cấp đó trong {term}; số mô hình được đề nghị \
                     (`de_nghi`), được công nhận (`cong_nhan`) và thẩm định không đạt (`khong_dat`) \
                     ở cấp đó, có sự kiện trong {term}. Mỗi mô hình tính một lần ở mỗi cấp, dù có \
                     nhiều sự kiện cùng loại; mô hình qua hai cấp trong kỳ được tính ở cả hai, nên \
                     dòng tổng cộng là tổng các cấp. Sự kiện không đạt không ghi cấp được tính ở \
                     cấp của lần đề nghị gần nhất trước đó (nếu không có, ở cấp đăng ký)."
                ),
                table: self.funnel(),
            },
        ]
    }

    /// Tables 4 to 9: recognitions, commendations, replications, ends.
    pub(super) fn event_parts(&self) -> Vec<Part> {
        let term = self.period.words();
        vec![
            Part {
                stem: "04-cong-nhan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "04 Công nhận",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 4. Mô hình được công nhận trong {term} theo cấp và đối tượng"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Số lượt công nhận (`cong_nhan`) có ngày trong {term}, theo cấp công nhận (hàng) \
                     và đối tượng (cột); rồi tách thành công nhận mới và công nhận lại (`renewal`: \
                     mô hình đã được công nhận ở cùng cấp trước đó)."
                ),
                table: self.recognitions(),
            },
            Part {
                stem: "05-khen-thuong-hinh-thuc",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "05 Khen thưởng - hình thức",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 5. Khen thưởng trong {term} theo hình thức và đối tượng"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Số lượt khen thưởng (`khen_thuong`) có ngày trong {term}, theo hình thức (bằng \
                     khen, giấy khen, ...) và đối tượng."
                ),
                // i18n: document text, Vietnamese in every language (cli.md report)
                table: self.event_grid(EventType::KhenThuong, Key::EventForm, "Hình thức"),
            },
            Part {
                stem: "06-khen-thuong-co-quan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "06 Khen thưởng - cơ quan",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 6. Khen thưởng trong {term} theo cơ quan khen thưởng và đối tượng"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Như bảng 5, theo cơ quan khen thưởng (`authority`, theo tên đang dùng tại ngày tính \
                     số liệu khi cơ quan đã đổi tên (`[renames.authority]`); xếp theo chữ cái, không phân biệt hoa thường và dấu); lượt khen không ghi cơ quan ở \
                     dòng \"{}\" cuối bảng.",
                    tally::empty_label()
                ),
                table: self.event_grid(
                    EventType::KhenThuong,
                    Key::EventAuthority,
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Cơ quan khen thưởng",
                ),
            },
            Part {
                stem: "07-nhan-rong",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "07 Nhân rộng",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 7. Nhân rộng mô hình trong {term} theo lĩnh vực"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Theo lĩnh vực: số mô hình được nhân rộng (`nhan_rong`) trong {term} và số lượt \
                     (nơi) nhân rộng."
                ),
                table: self.replications(),
            },
            Part {
                stem: "08-danh-sach-nhan-rong",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "08 Danh sách nhân rộng",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 8. Danh sách các lượt nhân rộng trong {term}"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Từng lượt nhân rộng trong {term}: ngày, mô hình, đơn vị, lĩnh vực và nơi nhân \
                     rộng; theo ngày, rồi theo mã mô hình."
                ),
                table: self.listing(&[EventType::NhanRong]),
            },
            Part {
                stem: "09-ngung-thu-hoi",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "09 Ngừng, thu hồi",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 9. Mô hình ngừng thực hiện hoặc bị thu hồi công nhận trong {term}"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Từng sự kiện ngừng (`ngung`) và thu hồi công nhận (`thu_hoi`) trong {term}, với \
                     cấp, quyết định và ghi chú; theo ngày, rồi theo mã mô hình."
                ),
                table: self.listing(&[EventType::Ngung, EventType::ThuHoi]),
            },
        ]
    }

    /// Tables 10 and 11: outcomes and shares.
    pub(super) fn summary_parts(&self) -> Vec<Part> {
        let term = self.period.words();
        let end = vietnamese(self.as_of.date);
        vec![
            Part {
                stem: "10-ket-qua",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "10 Kết quả theo lĩnh vực",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 10. Kết quả đạt được trong {term} theo lĩnh vực"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Tổng các kết quả đo được (`[[outcome]]`) của các năm {}, theo lĩnh vực, cộng \
                     trên mọi mô hình đăng ký đến ngày {end}.",
                    if self.period.first == self.period.last {
                        self.period.first.to_string()
                    } else {
                        // i18n: document text, Vietnamese in every language (cli.md report)
                        format!("từ {} đến {}", self.period.first, self.period.last)
                    }
                ),
                table: self.outcomes(),
            },
            Part {
                stem: "11-ty-le",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "11 Tỷ lệ",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: "Bảng 11. Một số tỷ lệ".to_owned(),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Tỷ lệ phần trăm, làm tròn một chữ số thập phân, tính đến ngày {end}: mô hình \
                     đang được công nhận trên số đăng ký (trong kỳ và lũy kế); mô hình đánh giá đạt \
                     (hiệu quả) trên số đã đánh giá theo bộ tiêu chí áp dụng cho nó (`assessed`; \
                     mô hình ngoài phạm vi bộ tiêu chí không tính); mô hình đã ngừng hoặc bị thu \
                     hồi trên số lũy kế. Ô tỷ lệ để trống khi mẫu số bằng 0."
                ),
                table: self.shares(),
            },
        ]
    }

    pub(super) fn spec(mode: Mode, by: Vec<Key>, sums: Vec<String>) -> Spec {
        Spec {
            mode,
            by,
            percent: false,
            sums,
        }
    }

    /// Model rows of the models that pass `keep`.
    pub(super) fn models(&self, keep: impl Fn(&Selected<'_>) -> bool) -> Vec<Row<'a>> {
        self.selected
            .iter()
            .filter(|s| keep(s))
            .map(|s| s.row(self.as_of))
            .collect()
    }

    /// Event rows of the given types dated in the period.
    fn events(&self, kinds: &[EventType]) -> Vec<Row<'a>> {
        let as_of = self.as_of;
        self.selected
            .iter()
            .flat_map(|s| {
                s.model
                    .events
                    .iter()
                    .filter(|e| kinds.contains(&e.kind) && self.period.contains(e.date))
                    .map(move |e| Row {
                        event: Some(e),
                        ..s.row(as_of)
                    })
            })
            .collect()
    }

    /// The values of a key a table lists: its codes in taxonomy order
    /// (even those nothing falls under, so that tables keep their shape
    /// from year to year), then any other value that occurs, empty last.
    pub(super) fn axis(&self, key: &Key, tally: &Tally, position: usize) -> Vec<Bucket> {
        let mut values = tally::codes_of(key, self.taxonomy);
        for group in &tally.margins[position] {
            if !values.contains(&group.values[0]) {
                values.push(group.values[0].clone());
            }
        }
        values
    }

    /// A table of counts: one row per value of the tally's first key, one
    /// column per pick, and a total row.
    fn grid(&self, tally: &Tally, row_title: &str, picks: &[Pick]) -> Table {
        let row_key = &tally.spec.by[0];
        let mut columns = vec![Column::new(row_title, row_title, false)];
        columns.extend(picks.iter().map(|p| Column::new(&p.title, &p.title, true)));
        let mut table = Table::new(columns);
        let total = |keep: &dyn Fn(&Bucket) -> bool, pick: &Pick| -> u64 {
            tally
                .groups
                .iter()
                .filter(|g| keep(&g.values[0]) && (pick.test)(&g.values[1..]))
                .map(|g| g.count)
                .sum()
        };
        for value in self.axis(row_key, tally, 0) {
            let mut row = vec![value.cell(row_key, self.taxonomy)];
            row.extend(picks.iter().map(|p| count_cell(total(&|v| *v == value, p))));
            table.rows.push(row);
        }
        let mut footer = vec![Cell::text(tr_in!(Lang::Vi, "report-tally-grand-total"))];
        footer.extend(picks.iter().map(|p| count_cell(total(&|_| true, p))));
        table.footer = Some(footer);
        table
    }

    /// The label of a code (or text) of a key.
    pub(super) fn label(&self, key: &Key, value: &Bucket) -> String {
        value.cell(key, self.taxonomy).label().into_owned()
    }

    /// Columns "Tổng số", then one per subject: the picks of a tally whose
    /// key after the row key is the subject.
    fn subject_picks(&self, tally: &Tally, subject_position: usize) -> Vec<Pick> {
        // i18n: document text, Vietnamese in every language (cli.md report)
        let mut picks = vec![Pick::new("Tổng số", |_| true)];
        for subject in self.axis(&Key::Subject, tally, subject_position) {
            let title = self.label(&Key::Subject, &subject);
            let at = subject_position - 1;
            picks.push(Pick::new(title, move |v| v[at] == subject));
        }
        picks
    }

    /// Models by field (rows) and level × subject (columns).
    fn field_grid(&self, keep: impl Fn(&Selected<'_>) -> bool) -> Table {
        let spec = Self::spec(
            Mode::Models,
            vec![Key::Field, Key::Level, Key::Subject],
            vec![],
        );
        let tally = tally::count(self.models(keep), &spec, self.taxonomy);
        let mut picks = self.subject_picks(&tally, 2);
        let subjects = self.axis(&Key::Subject, &tally, 2);
        for level in self.axis(&Key::Level, &tally, 1) {
            for subject in &subjects {
                let title = format!(
                    "{} - {}",
                    self.label(&Key::Level, &level),
                    self.label(&Key::Subject, subject)
                );
                let (level, subject) = (level.clone(), subject.clone());
                picks.push(Pick::new(title, move |v| v[0] == level && v[1] == subject));
            }
        }
        // i18n: document text, Vietnamese in every language (cli.md report)
        self.grid(&tally, "Lĩnh vực", &picks)
    }

    /// Events of a type in the period by a key (rows) and subject.
    fn event_grid(&self, kind: EventType, key: Key, title: &str) -> Table {
        let spec = Self::spec(Mode::Events, vec![key, Key::Subject], vec![]);
        let tally = tally::count(self.events(&[kind]), &spec, self.taxonomy);
        let picks = self.subject_picks(&tally, 1);
        self.grid(&tally, title, &picks)
    }

    /// Recognitions in the period by level (rows), subject, and new or
    /// renewed (columns).
    fn recognitions(&self) -> Table {
        let spec = Self::spec(
            Mode::Events,
            vec![Key::EventLevel, Key::Subject, Key::EventRenewal],
            vec![],
        );
        let tally = tally::count(self.events(&[EventType::CongNhan]), &spec, self.taxonomy);
        let mut picks = self.subject_picks(&tally, 1);
        // i18n: document text, Vietnamese in every language (cli.md report)
        for (title, renewed) in [("Công nhận mới", "false"), ("Công nhận lại", "true")] {
            picks.push(Pick::new(
                title,
                move |v| matches!(&v[1], Bucket::Text(t) if t == renewed),
            ));
        }
        // i18n: document text, Vietnamese in every language (cli.md report)
        self.grid(&tally, "Cấp công nhận", &picks)
    }

    /// The levels that rows of the funnel list: every level code, then
    /// any other level the models or their events name.
    fn levels(&self) -> Vec<String> {
        let mut levels: Vec<String> = self.taxonomy.levels.codes().map(str::to_owned).collect();
        let mut others: Vec<&str> = self
            .selected
            .iter()
            .flat_map(|s| {
                std::iter::once(s.model.level.as_str())
                    .chain(s.model.events.iter().filter_map(|e| e.level.as_deref()))
            })
            .filter(|l| !self.taxonomy.levels.contains(l))
            .collect();
        others.sort_unstable();
        others.dedup();
        levels.extend(others.into_iter().map(str::to_owned));
        levels
    }

    /// Registered, proposed, recognised and not passed, per level.
    fn funnel(&self) -> Table {
        let mut registered: HashMap<&str, u64> = HashMap::new();
        let mut stages: [HashMap<&str, HashSet<&str>>; 3] = Default::default();
        for s in self.selected {
            let m = s.model;
            if self.period.contains(m.registered) {
                *registered.entry(m.level.as_str()).or_default() += 1;
            }
            let events = m.events_until(self.as_of.date);
            let mut proposed_to: Option<&str> = None;
            for e in events {
                let (stage, level) = match e.kind {
                    EventType::DeNghi => {
                        proposed_to = e.level.as_deref();
                        (0, e.level.as_deref())
                    }
                    EventType::CongNhan => (1, e.level.as_deref()),
                    EventType::KhongDat => (
                        2,
                        Some(
                            e.level
                                .as_deref()
                                .or(proposed_to)
                                .unwrap_or(m.level.as_str()),
                        ),
                    ),
                    _ => continue,
                };
                if let (Some(level), true) = (level, self.period.contains(e.date)) {
                    stages[stage]
                        .entry(level)
                        .or_default()
                        .insert(m.id.as_str());
                }
            }
        }
        let mut table = Table::new(
            // i18n: document text, Vietnamese in every language (cli.md report)
            ["Cấp", "Đăng ký", "Đề nghị", "Công nhận", "Không đạt"]
                .iter()
                .enumerate()
                .map(|(i, t)| Column::new(*t, *t, i > 0))
                .collect(),
        );
        let rows = self.levels().into_iter().map(|level| {
            let counts = [
                registered.get(level.as_str()).copied().unwrap_or(0),
                stage_count(&stages[0], &level),
                stage_count(&stages[1], &level),
                stage_count(&stages[2], &level),
            ];
            (
                Cell::code(&level, self.taxonomy.levels.label(&level)),
                counts,
            )
        });
        with_totals(&mut table, rows);
        table
    }

    /// Replicated models and replications, per field.
    fn replications(&self) -> Table {
        let spec = Self::spec(Mode::Events, vec![Key::Field], vec![]);
        let rows = self.events(&[EventType::NhanRong]);
        let mut models: HashMap<&str, HashSet<&str>> = HashMap::new();
        for row in &rows {
            models
                .entry(row.model.field.as_str())
                .or_default()
                .insert(row.model.id.as_str());
        }
        let tally = tally::count(rows, &spec, self.taxonomy);
        let mut table = Table::new(vec![
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Lĩnh vực", "Lĩnh vực", false),
            Column::new(
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Số mô hình được nhân rộng",
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Số mô hình được nhân rộng",
                true,
            ),
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Số lượt nhân rộng", "Số lượt nhân rộng", true),
        ]);
        for field in self.axis(&Key::Field, &tally, 0) {
            let distinct = match &field {
                Bucket::Text(code) => models.get(code.as_str()).map_or(0, HashSet::len),
                _ => 0,
            };
            table.rows.push(vec![
                field.cell(&Key::Field, self.taxonomy),
                usize_cell(distinct),
                count_cell(tally.count_of(std::slice::from_ref(&field))),
            ]);
        }
        table.footer = Some(vec![
            Cell::text(tr_in!(Lang::Vi, "report-tally-grand-total")),
            usize_cell(models.values().map(HashSet::len).sum()),
            count_cell(tally.total.count),
        ]);
        table
    }

    /// Every event of the types in the period, one a row, by date then
    /// model id.
    fn listing(&self, kinds: &[EventType]) -> Table {
        let mut rows = self.events(kinds);
        rows.sort_by(|a, b| {
            let (ea, eb) = (a.event.map(|e| e.date), b.event.map(|e| e.date));
            ea.cmp(&eb).then_with(|| a.model.id.cmp(&b.model.id))
        });
        let replication = kinds == [EventType::NhanRong];
        let mut keys = vec![Key::EventDate];
        if !replication {
            keys.push(Key::EventType);
        }
        keys.extend([Key::Id, Key::Name, Key::Unit]);
        if replication {
            keys.extend([Key::Field, Key::EventPlace]);
        } else {
            keys.extend([Key::EventLevel, Key::EventDecision, Key::EventNote]);
        }
        let mut table = Table::new(
            keys.iter()
                .map(|k| Column::of_key(k, Mode::Events, self.taxonomy))
                .collect(),
        );
        table.rows = rows
            .iter()
            .map(|row| {
                keys.iter()
                    .map(|k| Cell::of(&k.value(row), k.kind(), self.taxonomy))
                    .collect()
            })
            .collect();
        table
    }

    /// Outcomes summed over the period's years, per field.
    fn outcomes(&self) -> Table {
        let metrics: Vec<String> = self
            .taxonomy
            .metrics
            .iter()
            .map(|m| m.code.clone())
            .collect();
        let spec = Self::spec(Mode::Models, vec![Key::Field], metrics.clone());
        let tally = tally::count(self.models(|_| true), &spec, self.taxonomy);
        // i18n: document text, Vietnamese in every language (cli.md report)
        let mut columns = vec![Column::new("Lĩnh vực", "Lĩnh vực", false)];
        columns.extend(metrics.iter().map(|m| {
            let title = Key::Outcome(m.clone()).title(self.taxonomy);
            Column::new(&title, &title, true)
        }));
        let mut table = Table::new(columns);
        for field in self.axis(&Key::Field, &tally, 0) {
            let group = tally.groups.iter().find(|g| g.values[0] == field);
            let mut row = vec![field.cell(&Key::Field, self.taxonomy)];
            row.extend((0..metrics.len()).map(|i| Cell::number(group.map_or(0.0, |g| g.sums[i]))));
            table.rows.push(row);
        }
        let mut footer = vec![Cell::text(tr_in!(Lang::Vi, "report-tally-grand-total"))];
        footer.extend(tally.total.sums.iter().map(|&s| Cell::number(s)));
        table.footer = Some(footer);
        table
    }

    /// The shares a report quotes, each with its numerator and denominator.
    fn shares(&self) -> Table {
        let count = |keep: &dyn Fn(&Selected<'_>) -> bool| -> u64 {
            self.selected.iter().filter(|s| keep(s)).count() as u64
        };
        let in_period = |s: &Selected<'_>| self.period.contains(s.model.registered);
        let recognized = |s: &Selected<'_>| s.derived.recognized.is_some();
        let assessed = |s: &Selected<'_>| s.derived.assessed.is_some_and(|v| v != "khong_ap_dung");
        let end = vietnamese(self.as_of.date);
        let term = self.period.words();
        let lines = [
            (
                format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Mô hình đăng ký trong {term} được công nhận (đến {end}) / đăng ký trong {term}"
                ),
                count(&|s| in_period(s) && recognized(s)),
                count(&in_period),
            ),
            (
                // i18n: document text, Vietnamese in every language (cli.md report)
                format!("Mô hình đang được công nhận / đăng ký, lũy kế đến {end}"),
                count(&recognized),
                count(&|_| true),
            ),
            (
                // i18n: document text, Vietnamese in every language (cli.md report)
                format!("Mô hình hiệu quả (đánh giá đạt) / đã đánh giá, đến {end}"),
                count(&|s| s.derived.assessed == Some("dat")),
                count(&assessed),
            ),
            (
                // i18n: document text, Vietnamese in every language (cli.md report)
                format!("Mô hình đã ngừng hoặc bị thu hồi / đăng ký, lũy kế đến {end}"),
                count(&|s| matches!(s.derived.status, "ngung" | "thu_hoi")),
                count(&|_| true),
            ),
        ];
        let mut table = Table::new(vec![
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Chỉ tiêu", "Chỉ tiêu", false),
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Số mô hình", "Số mô hình", true),
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Trên tổng số", "Trên tổng số", true),
            Column::new(
                tr_in!(Lang::Vi, "report-tally-percent"),
                tr_in!(Lang::Vi, "report-tally-percent"),
                true,
            ),
        ]);
        for (what, part, whole) in lines {
            table.rows.push(vec![
                Cell::text(what),
                count_cell(part),
                count_cell(whole),
                if whole == 0 {
                    Cell::null()
                } else {
                    tally::percent_cell(tally::share(part, whole))
                },
            ]);
        }
        table
    }
}

impl Build<'_> {
    /// Tables 12 to 17: the comparison with the period before, localities,
    /// recognising authorities, kinds, and the lists of recognitions.
    pub(super) fn added_parts(&self) -> Vec<Part> {
        let term = self.period.words();
        let before = self.before.period.words();
        let end = vietnamese(self.as_of.date);
        let next = self.period.last + 1;
        vec![
            Part {
                stem: "12-so-sanh-cung-ky",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "12 So sánh cùng kỳ",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 12. So sánh {term} với cùng kỳ ({before})"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Các chỉ tiêu của {term} (kỳ này) và của {before} (cùng kỳ; với giai đoạn, là \
                     giai đoạn cùng độ dài ngay trước): mô hình đăng ký trong kỳ; lượt công nhận \
                     (`cong_nhan`) trong kỳ theo từng cấp; lượt khen thưởng; lượt nhân rộng; mô \
                     hình hiệu quả (`assessed` = `dat`) tính đến ngày cuối mỗi kỳ. Cột tăng, giảm \
                     là kỳ này trừ cùng kỳ; tỷ lệ tăng, giảm là mức tăng, giảm chia cho cùng kỳ, \
                     phần trăm làm tròn một chữ số thập phân, để trống khi cùng kỳ bằng 0."
                ),
                table: self.comparison(),
            },
            Part {
                stem: "13-dia-ban",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "13 Địa bàn",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 13. Mô hình theo địa bàn, lũy kế đến ngày {end}"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Theo địa bàn: tên đang dùng ngày {end} (`[renames]`) của xã (`commune`), nếu \
                     không ghi xã thì của huyện (`district`), nếu không thì của tỉnh (`province`); \
                     mô hình không ghi địa bàn ở dòng \"{}\" cuối bảng. Số mô hình lũy kế, số đăng \
                     ký trong {term} và số đang được công nhận ngày {end}; xếp theo chữ cái, \
                     không phân biệt hoa thường và dấu.",
                    tally::empty_label()
                ),
                table: self.localities(),
            },
            Part {
                stem: "14-cong-nhan-co-quan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "14 Công nhận - cơ quan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 14. Công nhận trong {term} theo cơ quan công nhận"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Số lượt công nhận (`cong_nhan`) trong {term} theo cơ quan công nhận \
                     (`authority`, tên đang dùng ngày {end}) và cấp; lượt không ghi cơ quan ở dòng \
                     \"{}\" cuối bảng. Dòng tổng cộng ghi số cơ quan khác nhau đã công nhận ít \
                     nhất một mô hình (không tính dòng không ghi cơ quan).",
                    tally::empty_label()
                ),
                table: self.authorities(),
            },
            Part {
                stem: "15-loai-doi-tuong",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "15 Loại và đối tượng",
                title: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Bảng 15. Mô hình, điển hình lũy kế đến ngày {end} theo loại và đối tượng"
                ),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Số mô hình đăng ký đến ngày {end} theo loại (`kind`: mô hình, điển hình, ...) \
                     và đối tượng, kể cả mô hình đã ngừng hoặc bị thu hồi."
                ),
                table: self.kinds(),
            },
            Part {
                stem: "16-danh-sach-cong-nhan",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "16 Danh sách công nhận",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 16. Danh sách mô hình được công nhận trong {term}"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Từng lượt công nhận trong {term}: ngày, số quyết định, cơ quan công nhận (như \
                     ghi trong sổ), cấp, mô hình, đơn vị, và công nhận mới hay công nhận lại (đã \
                     được công nhận ở cùng cấp trước đó); theo ngày, rồi theo mã mô hình."
                ),
                table: self.recognition_list(),
            },
            Part {
                stem: "17-het-han-nam-sau",
                // i18n: document text, Vietnamese in every language (cli.md report)
                sheet: "17 Hết hạn năm sau",
                // i18n: document text, Vietnamese in every language (cli.md report)
                title: format!("Bảng 17. Mô hình có thời hạn công nhận kết thúc trong năm {next}"),
                about: format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Các lần công nhận còn hiệu lực ngày {end} mà thời hạn (`until`, hoặc \
                     `[recognition] term`) kết thúc trong năm {next}, để lập kế hoạch công nhận \
                     lại; theo ngày hết hạn, rồi theo mã mô hình."
                ),
                table: self.ending_next_year(),
            },
        ]
    }

    /// The comparison with the same period before.
    fn comparison(&self) -> Table {
        let this = self.indicators(self.selected, self.period);
        let before = self.indicators(self.before.selected, self.before.period);
        let mut table = Table::new(vec![
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Chỉ tiêu", "Chỉ tiêu", false),
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Kỳ này", format!("Kỳ này ({})", self.period.label()), true),
            Column::new(
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Cùng kỳ",
                // i18n: document text, Vietnamese in every language (cli.md report)
                format!("Cùng kỳ ({})", self.before.period.label()),
                true,
            ),
            Column::new("Tăng, giảm", "Tăng (+) giảm (-)", true),
            // i18n: document text, Vietnamese in every language (cli.md report)
            Column::new("Tỷ lệ tăng giảm (%)", "Tỷ lệ tăng giảm (%)", true),
        ]);
        for ((what, now), (_, then)) in this.into_iter().zip(before) {
            #[allow(clippy::cast_precision_loss)]
            let (now_f, then_f) = (now as f64, then as f64);
            table.rows.push(vec![
                Cell::text(what),
                count_cell(now),
                count_cell(then),
                Cell::number(now_f - then_f),
                if then == 0 {
                    Cell::null()
                } else {
                    tally::percent_cell(((now_f - then_f) * 1000.0 / then_f).round() / 10.0)
                },
            ]);
        }
        table
    }

    /// What the comparison counts in one period, over the models selected
    /// as of its end.
    fn indicators(&self, selected: &[Selected<'_>], period: Period) -> Vec<(String, u64)> {
        let events = |kind: EventType, level: Option<&str>| -> u64 {
            selected
                .iter()
                .flat_map(|s| s.model.events.iter())
                .filter(|e| {
                    e.kind == kind
                        && period.contains(e.date)
                        && level.is_none_or(|l| e.level.as_deref() == Some(l))
                })
                .count() as u64
        };
        let mut out = vec![(
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Mô hình đăng ký trong kỳ".to_owned(),
            selected
                .iter()
                .filter(|s| period.contains(s.model.registered))
                .count() as u64,
        )];
        for level in self.levels() {
            out.push((
                format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Lượt công nhận {}",
                    self.taxonomy.levels.label(&level).to_lowercase()
                ),
                events(EventType::CongNhan, Some(&level)),
            ));
        }
        out.push((
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Lượt khen thưởng".to_owned(),
            events(EventType::KhenThuong, None),
        ));
        out.push((
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Lượt nhân rộng".to_owned(),
            events(EventType::NhanRong, None),
        ));
        out.push((
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Mô hình hiệu quả (đánh giá đạt) đến cuối kỳ".to_owned(),
            selected
                .iter()
                .filter(|s| s.derived.assessed == Some("dat"))
                .count() as u64,
        ));
        out
    }

    /// The place of a model: the name in force of its commune, else its
    /// district, else its province; `None` when it names none.
    fn locality(&self, s: &Selected<'_>) -> Option<String> {
        let m = s.model;
        let renames = &self.taxonomy.renames;
        [
            (RenameKey::Commune, &m.commune),
            (RenameKey::District, &m.district),
            (RenameKey::Province, &m.province),
        ]
        .into_iter()
        .find_map(|(key, value)| {
            let value = value.as_deref().filter(|v| !v.trim().is_empty())?;
            Some(
                renames
                    .name_in_force(key, value, self.as_of.date)
                    .to_owned(),
            )
        })
    }

    /// Models by locality: cumulative, registered in the period, recognised.
    fn localities(&self) -> Table {
        let mut counts: HashMap<Option<String>, [u64; 3]> = HashMap::new();
        for s in self.selected {
            let row = counts.entry(self.locality(s)).or_default();
            row[0] += 1;
            row[1] += u64::from(self.period.contains(s.model.registered));
            row[2] += u64::from(s.derived.recognized.is_some());
        }
        let mut places: Vec<(Option<String>, [u64; 3])> = counts.into_iter().collect();
        places.sort_by(|(a, _), (b, _)| match (a, b) {
            (Some(a), Some(b)) => fold(a).cmp(&fold(b)).then_with(|| a.cmp(b)),
            (a, b) => b.is_some().cmp(&a.is_some()),
        });
        let titles = [
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Địa bàn",
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Số mô hình (lũy kế)",
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Đăng ký trong kỳ",
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Đang được công nhận",
        ];
        let mut table = Table::new(
            titles
                .iter()
                .enumerate()
                .map(|(i, t)| Column::new(*t, *t, i > 0))
                .collect(),
        );
        let rows = places.into_iter().map(|(place, counts)| {
            let cell =
                place.map_or_else(|| Cell::null().with_label(tally::empty_label()), Cell::text);
            (cell, counts)
        });
        with_totals(&mut table, rows);
        table
    }

    /// Recognitions in the period by authority (name in force) and level;
    /// the total row names how many authorities recognised any.
    fn authorities(&self) -> Table {
        let spec = Self::spec(
            Mode::Events,
            vec![Key::EventAuthority, Key::EventLevel],
            vec![],
        );
        let tally = tally::count(self.events(&[EventType::CongNhan]), &spec, self.taxonomy);
        // i18n: document text, Vietnamese in every language (cli.md report)
        let mut picks = vec![Pick::new("Số lượt công nhận", |_| true)];
        for level in self.axis(&Key::Level, &tally, 1) {
            let title = self.label(&Key::Level, &level);
            picks.push(Pick::new(title, move |v| v[0] == level));
        }
        // i18n: document text, Vietnamese in every language (cli.md report)
        let mut table = self.grid(&tally, "Cơ quan công nhận", &picks);
        let authorities = tally.margins[0]
            .iter()
            .filter(|g| g.values[0] != Bucket::Empty && g.count > 0)
            .count();
        if let Some(footer) = table.footer.as_mut() {
            // i18n: document text, Vietnamese in every language (cli.md report)
            footer[0] = Cell::text(format!("Tổng cộng ({authorities} cơ quan)"));
        }
        table
    }

    /// Models by kind (rows) and subject, cumulative.
    fn kinds(&self) -> Table {
        let spec = Self::spec(Mode::Models, vec![Key::Kind, Key::Subject], vec![]);
        let tally = tally::count(self.models(|_| true), &spec, self.taxonomy);
        let picks = self.subject_picks(&tally, 1);
        self.grid(&tally, "Loại", &picks)
    }

    /// Every recognition in the period, new or renewed.
    fn recognition_list(&self) -> Table {
        let mut rows = self.events(&[EventType::CongNhan]);
        rows.sort_by(|a, b| {
            let (ea, eb) = (a.event.map(|e| e.date), b.event.map(|e| e.date));
            ea.cmp(&eb).then_with(|| a.model.id.cmp(&b.model.id))
        });
        let keys = [
            Key::EventDate,
            Key::EventDecision,
            Key::EventAuthority,
            Key::EventLevel,
            Key::Id,
            Key::Name,
            Key::Unit,
        ];
        let mut columns: Vec<Column> = keys
            .iter()
            .map(|k| Column::of_key(k, Mode::Events, self.taxonomy))
            .collect();
        // i18n: document text, Vietnamese in every language (cli.md report)
        columns.push(Column::new("Mới hay lại", "Công nhận mới hay lại", false));
        let mut table = Table::new(columns);
        table.rows = rows
            .iter()
            .map(|row| {
                let mut cells: Vec<Cell> = keys
                    .iter()
                    .map(|k| Cell::of(&k.value(row), k.kind(), self.taxonomy))
                    .collect();
                let renewed = row
                    .event
                    .is_some_and(|e| recognition::is_renewal(row.model, e));
                cells.push(Cell::text(if renewed {
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Công nhận lại"
                } else {
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Công nhận mới"
                }));
                cells
            })
            .collect();
        table
    }

    /// The recognitions holding at the end of the period whose term ends
    /// in the year after it.
    fn ending_next_year(&self) -> Table {
        use chrono::Datelike;
        let next = self.period.last + 1;
        let term = self.taxonomy.recognition_term;
        let mut found: Vec<(
            crate::model::date::Date,
            &Selected<'_>,
            &crate::model::Event,
        )> = Vec::new();
        for s in self.selected {
            for r in recognition::recognitions(s.model, self.as_of.date, term) {
                if let Some(end) = r.end.filter(|e| r.holds && e.year() == next) {
                    found.push((end, s, r.event));
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.model.id.cmp(&b.1.model.id)));
        let keys = [
            Key::EventDate,
            Key::EventDecision,
            Key::EventAuthority,
            Key::EventLevel,
            Key::Id,
            Key::Name,
            Key::Unit,
        ];
        // i18n: document text, Vietnamese in every language (cli.md report)
        let mut columns = vec![Column::new("Hết hạn ngày", "Hết hạn ngày", false)];
        columns.extend(
            keys.iter()
                .map(|k| Column::of_key(k, Mode::Events, self.taxonomy)),
        );
        let mut table = Table::new(columns);
        for (end, s, event) in found {
            let row = Row {
                event: Some(event),
                ..s.row(self.as_of)
            };
            let mut cells = vec![Cell::of(
                &Value::Date(end),
                Key::EventDate.kind(),
                self.taxonomy,
            )];
            cells.extend(
                keys.iter()
                    .map(|k| Cell::of(&k.value(&row), k.kind(), self.taxonomy)),
            );
            table.rows.push(cells);
        }
        table
    }
}

/// Rows of counts after their first cell, and a "Tổng cộng" row adding
/// each column up.
fn with_totals<const N: usize>(
    table: &mut Table,
    rows: impl IntoIterator<Item = (Cell, [u64; N])>,
) {
    let mut totals = [0u64; N];
    for (first, counts) in rows {
        let mut row = vec![first];
        for (total, n) in totals.iter_mut().zip(counts) {
            *total += n;
            row.push(count_cell(n));
        }
        table.rows.push(row);
    }
    let mut footer = vec![Cell::text(tr_in!(Lang::Vi, "report-tally-grand-total"))];
    footer.extend(totals.into_iter().map(count_cell));
    table.footer = Some(footer);
}

fn stage_count(stage: &HashMap<&str, HashSet<&str>>, level: &str) -> u64 {
    stage
        .get(level)
        .map_or(0, |ids| u64::try_from(ids.len()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::criteria::Catalog;
    use crate::model::Model;
    use crate::read::register::Register;
    use crate::read::settings::Settings;
    use crate::select::derive;

    /// Three models of a commune register: one registered in 2024 at the
    /// commune level, proposed to the district and recognised there in
    /// 2024; one registered in 2023 and found wanting (không đạt) in 2024,
    /// in NFD; one registered in 2024, recognised in 2024 then stopped.
    const MODELS: [(&str, &str); 3] = [
        (
            "2024-vuon-mau",
            "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\n\
             subject = \"tap_the\"\nfield = \"kinh_te\"\nlevel = \"xa\"\n\
             registered = 2024-02-01\n\n\
             [[event]]\ntype = \"de_nghi\"\ndate = 2024-05-02\nlevel = \"huyen\"\n\n\
             [[event]]\ntype = \"cong_nhan\"\ndate = 2024-09-09\nlevel = \"huyen\"\n",
        ),
        (
            "2023-dan-van",
            "name = \"Dân vận khéo ở khu dân cư\"\nunit = \"Ma\u{300}t tra\u{323}n xa\u{303}\"\n\
             subject = \"tap_the\"\nfield = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\n\
             registered = 2023-03-15\n\n\
             [[event]]\ntype = \"de_nghi\"\ndate = 2024-04-01\nlevel = \"xa\"\n\n\
             [[event]]\ntype = \"khong_dat\"\ndate = 2024-06-01\n",
        ),
        (
            "2024-bep-am",
            "name = \"Bếp ấm tình thương\"\nunit = \"Chi hội Phụ nữ thôn Đông\"\n\
             subject = \"ca_nhan\"\nfield = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\n\
             registered = 2024-01-10\n\n\
             [[event]]\ntype = \"cong_nhan\"\ndate = 2024-03-01\nlevel = \"xa\"\n\n\
             [[event]]\ntype = \"ngung\"\ndate = 2024-11-30\n",
        ),
    ];

    fn models(files: &[(&str, &str)], taxonomy: &Taxonomy) -> Vec<Model> {
        files
            .iter()
            .map(|(id, text)| {
                let path = Path::new(id);
                let (model, problems) =
                    crate::read::model::parse(id, path, text, taxonomy, &Catalog::default());
                // NFD text is read (and warned of), never an error.
                assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
                model.expect("the model parses")
            })
            .collect()
    }

    fn register() -> Register {
        Register {
            root: ".".into(),
            settings: Settings::default(),
            models: Vec::new(),
            model_files: 0,
            models_read: 0,
            criteria: Catalog::default(),
            problems: Vec::new(),
        }
    }

    /// The tables of 2024 for the three models.
    fn tables(check: impl Fn(&Build<'_>)) {
        tables_of(&MODELS, check);
    }

    /// The tables of 2024 for these model files.
    fn tables_of(files: &[(&str, &str)], check: impl Fn(&Build<'_>)) {
        let taxonomy = Taxonomy::default();
        let register = register();
        let models = models(files, &taxonomy);
        let period = Period {
            first: 2024,
            last: 2024,
        };
        let as_of = AsOf {
            date: crate::model::date::end_of_year(2024).expect("a year"),
            first_sum_year: Some(2024),
        };
        let selected: Vec<Selected<'_>> = models
            .iter()
            .map(|model| Selected {
                register: &register,
                model,
                derived: derive(&register, model, &as_of, &taxonomy),
            })
            .collect();
        let before_as_of = AsOf {
            date: crate::model::date::end_of_year(2023).expect("a year"),
            first_sum_year: Some(2023),
        };
        let before: Vec<Selected<'_>> = models
            .iter()
            .filter(|model| model.registered <= before_as_of.date)
            .map(|model| Selected {
                register: &register,
                model,
                derived: derive(&register, model, &before_as_of, &taxonomy),
            })
            .collect();
        check(&Build {
            selected: &selected,
            as_of: &as_of,
            period,
            taxonomy: &taxonomy,
            before: Before {
                selected: &before,
                period: period.before(),
            },
        });
    }

    fn numbers(row: &[Cell]) -> Vec<f64> {
        row[1..]
            .iter()
            .map(|c| c.json().as_f64().unwrap_or(f64::NAN))
            .collect()
    }

    #[test]
    fn the_funnel_counts_each_stage_at_its_level_within_the_period() {
        tables(|build| {
            let funnel = build.funnel();
            let row = |code: &str| {
                funnel
                    .rows
                    .iter()
                    .find(|r| r[0].plain() == code)
                    .map(|r| numbers(r))
                    .expect("a row for every level")
            };
            // Registered in 2024 at the commune level: two (the third was
            // registered in 2023). Proposed at the commune: the one found
            // wanting there, which counts as không đạt at the commune.
            assert_eq!(row("xa"), [2.0, 1.0, 1.0, 1.0]);
            assert_eq!(row("huyen"), [0.0, 1.0, 1.0, 0.0]);
            let footer = funnel.footer.as_deref().expect("a total row");
            assert_eq!(footer[0].plain(), "Tổng cộng");
            assert_eq!(numbers(footer), [2.0, 2.0, 2.0, 1.0]);
        });
    }

    #[test]
    fn shares_count_what_holds_at_the_end_of_the_period() {
        tables(|build| {
            let shares = build.shares();
            let values: Vec<Vec<f64>> = shares.rows.iter().map(|r| numbers(r)).collect();
            // Registered in 2024 and recognised by its end: the garden only
            // (the kitchen stopped in November: its recognition ended).
            assert_eq!(values[0], [1.0, 2.0, 50.0]);
            // Recognised of all registered: one of three.
            assert_eq!(values[1], [1.0, 3.0, 33.3]);
            // None assessed: no share, not a division by zero.
            assert_eq!(values[2][..2], [0.0, 0.0]);
            assert!(shares.rows[2][3].json().is_null());
            // Stopped or revoked: the kitchen.
            assert_eq!(values[3], [1.0, 3.0, 33.3]);
        });
    }

    #[test]
    fn recognitions_are_split_into_new_and_renewed() {
        let renewed = (
            "2021-hoa-giai",
            "name = \"Tổ hòa giải\"\nunit = \"Mặt trận xã\"\nsubject = \"tap_the\"\n\
             field = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\nregistered = 2021-02-02\n\n\
             [[event]]\ntype = \"cong_nhan\"\ndate = 2021-05-05\nlevel = \"huyen\"\n\
             until = 2023-12-31\n\n\
             [[event]]\ntype = \"cong_nhan\"\ndate = 2024-02-10\nlevel = \"huyen\"\n",
        );
        let files = [MODELS[0], MODELS[1], MODELS[2], renewed];
        tables_of(&files, |build| {
            let table = build.recognitions();
            let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
            assert_eq!(
                titles,
                [
                    "Cấp công nhận",
                    "Tổng số",
                    "Tập thể",
                    "Cá nhân",
                    "Công nhận mới",
                    "Công nhận lại"
                ]
            );
            let row = |code: &str| {
                table
                    .rows
                    .iter()
                    .find(|r| r[0].plain() == code)
                    .map(|r| numbers(r))
                    .expect("a row for every level")
            };
            // In 2024: the garden (new) and the mediators (renewed) at the
            // district, the kitchen (new) at the commune; 2021 is outside.
            assert_eq!(row("huyen"), [2.0, 2.0, 0.0, 1.0, 1.0]);
            assert_eq!(row("xa"), [1.0, 0.0, 1.0, 1.0, 0.0]);
        });
    }

    /// A model of 2022 in Quảng Lợi, recognised by the district in 2023
    /// until mid-2024, replicated in 2023, and recognised again in 2024
    /// until mid-2025.
    const RENEWED: (&str, &str) = (
        "2022-hoa-giai",
        "name = \"Tổ hòa giải\"\nunit = \"Mặt trận xã\"\nsubject = \"tap_the\"\n\
         field = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\nregistered = 2022-02-02\n\
         district = \"Đầm Hà\"\ncommune = \"Quảng Lợi\"\n\n\
         [[event]]\ntype = \"cong_nhan\"\ndate = 2023-05-05\nlevel = \"huyen\"\n\
         authority = \"Huyện ủy Đầm Hà\"\ndecision = \"12-QĐ/HU\"\nuntil = 2024-06-30\n\n\
         [[event]]\ntype = \"nhan_rong\"\ndate = 2023-08-01\nplace = \"Quảng Tân\"\n\n\
         [[event]]\ntype = \"cong_nhan\"\ndate = 2024-07-01\nlevel = \"huyen\"\n\
         authority = \"Huyện ủy Đầm Hà\"\ndecision = \"45-QĐ/HU\"\nuntil = 2025-06-30\n",
    );

    fn with_renewed(check: impl Fn(&Build<'_>)) {
        tables_of(&[MODELS[0], MODELS[1], MODELS[2], RENEWED], check);
    }

    fn row_of(table: &Table, first: &str) -> Vec<Cell> {
        table
            .rows
            .iter()
            .find(|r| r[0].label() == first)
            .cloned()
            .unwrap_or_else(|| panic!("a row {first}"))
    }

    #[test]
    fn the_comparison_takes_the_year_before_and_its_arithmetic() {
        with_renewed(|build| {
            let table = build.comparison();
            let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
            assert_eq!(
                titles,
                [
                    "Chỉ tiêu",
                    "Kỳ này (2024)",
                    "Cùng kỳ (2023)",
                    "Tăng (+) giảm (-)",
                    "Tỷ lệ tăng giảm (%)"
                ]
            );
            let row = |what: &str| numbers(&row_of(&table, what));
            // 2024: the garden and the kitchen; 2023: the mediators' model
            // was registered in 2022, the dân vận model in 2023.
            assert_eq!(row("Mô hình đăng ký trong kỳ"), [2.0, 1.0, 1.0, 100.0]);
            assert_eq!(row("Lượt công nhận cấp huyện"), [2.0, 1.0, 1.0, 100.0]);
            assert_eq!(row("Lượt nhân rộng"), [0.0, 1.0, -1.0, -100.0]);
            // Nothing the year before: no change in percent.
            let xa = row_of(&table, "Lượt công nhận cấp xã");
            assert_eq!(numbers(&xa[..4]), [1.0, 0.0, 1.0]);
            assert!(xa[4].json().is_null());
            assert_eq!(row("Lượt khen thưởng")[..3], [0.0, 0.0, 0.0]);
        });
    }

    #[test]
    fn localities_take_the_commune_then_the_district_then_the_province() {
        with_renewed(|build| {
            let table = build.localities();
            let firsts: Vec<String> = table
                .rows
                .iter()
                .map(|r| r[0].label().into_owned())
                .collect();
            assert_eq!(firsts, ["Quảng Lợi".to_owned(), tally::empty_label()]);
            assert_eq!(numbers(&table.rows[0]), [1.0, 0.0, 1.0]);
            assert_eq!(numbers(&table.rows[1]), [3.0, 2.0, 1.0]);
            assert_eq!(numbers(table.footer.as_deref().unwrap()), [4.0, 2.0, 2.0]);
        });
    }

    #[test]
    fn authorities_count_recognitions_and_name_how_many_recognised() {
        with_renewed(|build| {
            let table = build.authorities();
            assert_eq!(
                numbers(&row_of(&table, "Huyện ủy Đầm Hà"))[..3],
                [1.0, 0.0, 1.0]
            );
            assert_eq!(
                numbers(&row_of(&table, &tally::empty_label()))[..3],
                [2.0, 1.0, 1.0]
            );
            let footer = table.footer.as_deref().unwrap();
            assert_eq!(footer[0].label(), "Tổng cộng (1 cơ quan)");
            assert_eq!(footer[1].json().as_f64(), Some(3.0));
        });
    }

    #[test]
    fn kinds_count_every_model_by_subject() {
        with_renewed(|build| {
            let table = build.kinds();
            assert_eq!(numbers(&row_of(&table, "Mô hình")), [4.0, 3.0, 1.0]);
        });
    }

    #[test]
    fn the_recognitions_of_the_period_are_listed_new_or_renewed() {
        with_renewed(|build| {
            let table = build.recognition_list();
            let rows: Vec<(String, String, String)> = table
                .rows
                .iter()
                .map(|r| {
                    (
                        r[0].plain().into_owned(),
                        r[4].plain().into_owned(),
                        r[7].plain().into_owned(),
                    )
                })
                .collect();
            assert_eq!(
                rows,
                [
                    (
                        "2024-03-01".into(),
                        "2024-bep-am".into(),
                        "Công nhận mới".into()
                    ),
                    (
                        "2024-07-01".into(),
                        "2022-hoa-giai".into(),
                        "Công nhận lại".into()
                    ),
                    (
                        "2024-09-09".into(),
                        "2024-vuon-mau".into(),
                        "Công nhận mới".into()
                    ),
                ]
            );
            assert_eq!(table.rows[1][1].plain(), "45-QĐ/HU");
        });
    }

    #[test]
    fn recognitions_ending_next_year_are_listed() {
        with_renewed(|build| {
            let table = build.ending_next_year();
            assert_eq!(table.rows.len(), 1);
            assert_eq!(table.rows[0][0].plain(), "2025-06-30");
            assert_eq!(table.rows[0][2].plain(), "45-QĐ/HU");
            assert_eq!(table.rows[0][5].plain(), "2022-hoa-giai");
        });
    }
}
