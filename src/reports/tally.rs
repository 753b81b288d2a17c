//! `tally`: counts of models, or of their events, grouped by one or more
//! keys, with shares and outcome sums. `count` is the one computation; the
//! `Tally` it returns converts to the tidy table that csv and json write, to
//! the cross-tab the terminal shows for two keys, and to the bars of a chart.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{Hash as _, Hasher};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::date::Date;
use crate::model::derived::outcome_sum;
use crate::model::renames::Renames;
use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Key, Mode, Row, Type, Value, compare};
use crate::reports::figure::Bar;
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column, Table};
use crate::{tr, tr_in};

/// What to count: rows of which mode, grouped by which keys, with which
/// sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub mode: Mode,
    pub by: Vec<Key>,
    pub percent: bool,
    /// Metric codes, summed over the outcome years that the as-of covers.
    pub sums: Vec<String>,
}

impl Spec {
    /// Reads `--by` and `--sum`, each a list of names (an item may itself
    /// be a comma list). Metrics may be given by code or label.
    pub fn parse<S: AsRef<str>>(
        by: &[S],
        sums: &[S],
        mode: Mode,
        percent: bool,
        taxonomy: &Taxonomy,
    ) -> Result<Self> {
        let names = |items: &[S]| -> Vec<String> {
            items
                .iter()
                .flat_map(|i| i.as_ref().split(','))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let mut keys: Vec<Key> = Vec::new();
        for name in names(by) {
            let key = Key::parse(&name, mode, taxonomy)?;
            if keys.contains(&key) {
                return Err(Error::Input(tr!("report-tally-by-twice", name = &name)));
            }
            keys.push(key);
        }
        if keys.is_empty() {
            return Err(Error::Input(tr!("report-tally-by-none")));
        }
        let sum_names = names(sums);
        if mode == Mode::Events && !sum_names.is_empty() {
            return Err(Error::Input(tr!("report-tally-sum-events")));
        }
        let mut metrics: Vec<String> = Vec::new();
        for name in sum_names {
            let bare = name
                .strip_prefix("outcome.")
                .or_else(|| name.strip_prefix("sum_"))
                .unwrap_or(&name);
            let Some(metric) = taxonomy.resolve_metric(bare) else {
                return Err(Error::Input(tr!(
                    "report-tally-sum-unknown",
                    name = &name,
                    metrics = taxonomy.metric_choices()
                )));
            };
            if !metrics.contains(&metric.code) {
                metrics.push(metric.code.clone());
            }
        }
        Ok(Self {
            mode,
            by: keys,
            percent,
            sums: metrics,
        })
    }
}

/// One value of a key that rows are grouped under; `Empty` for a row with
/// no value.
#[derive(Debug, Clone, PartialEq)]
pub enum Bucket {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
}

impl Bucket {
    pub fn value(&self) -> Value<'_> {
        match self {
            Bucket::Empty => Value::Null,
            Bucket::Text(t) => Value::Text(t.as_str().into()),
            Bucket::Number(n) => Value::Number(*n),
            Bucket::Date(d) => Value::Date(*d),
        }
    }

    /// A text that tells buckets apart, for grouping.
    fn id(&self) -> String {
        match self {
            Bucket::Empty => "e".into(),
            Bucket::Text(t) => format!("t{t}"),
            Bucket::Number(n) => format!("n{}", n.to_bits()),
            Bucket::Date(d) => format!("d{d}"),
        }
    }

    /// The cell of a bucket in a document (the report pack, Vietnamese in
    /// every language): the code in csv and json, its label in the table;
    /// an empty bucket is `""`/`null` there and "(không có)" here.
    pub fn cell(&self, key: &Key, taxonomy: &Taxonomy) -> Cell {
        self.cell_in(key, taxonomy, Lang::Vi)
    }

    /// The cell of a bucket as a terminal shows it, in the language of
    /// the run.
    pub fn cell_shown(&self, key: &Key, taxonomy: &Taxonomy) -> Cell {
        self.cell_in(key, taxonomy, crate::i18n::lang())
    }

    fn cell_in(&self, key: &Key, taxonomy: &Taxonomy, lang: Lang) -> Cell {
        match self {
            Bucket::Empty => Cell::null().with_label(tr_in!(lang, "report-tally-none")),
            other => Cell::of(&other.value(), key.kind(), taxonomy),
        }
    }
}

/// A bucket as a row gives it, borrowing from the row's value: counting a
/// row copies no text unless it starts a group.
#[derive(Debug, Clone, Copy)]
enum Seen<'a> {
    Empty,
    Text(&'a str),
    Number(f64),
    Date(Date),
}

impl<'a> Seen<'a> {
    /// The buckets a value falls in: one, or one per item of a list (each
    /// item once), or `Empty`.
    fn of(value: &'a Value<'_>) -> Vec<Seen<'a>> {
        match value {
            Value::List(items) => {
                let mut out: Vec<Seen<'a>> = Vec::with_capacity(items.len());
                for item in items.iter().filter(|i| !i.trim().is_empty()) {
                    if !out.iter().any(|s| matches!(s, Seen::Text(t) if *t == item)) {
                        out.push(Seen::Text(item));
                    }
                }
                if out.is_empty() {
                    out.push(Seen::Empty);
                }
                out
            }
            v if !v.is_present() => vec![Seen::Empty],
            Value::Text(t) => vec![Seen::Text(t)],
            Value::Number(n) => vec![Seen::Number(*n)],
            Value::Date(d) => vec![Seen::Date(*d)],
            Value::Bool(b) => vec![Seen::Text(if *b { "true" } else { "false" })],
            Value::Null => vec![Seen::Empty],
        }
    }

    fn of_bucket(bucket: &'a Bucket) -> Self {
        match bucket {
            Bucket::Empty => Seen::Empty,
            Bucket::Text(t) => Seen::Text(t),
            Bucket::Number(n) => Seen::Number(*n),
            Bucket::Date(d) => Seen::Date(*d),
        }
    }

    fn owned(self) -> Bucket {
        match self {
            Seen::Empty => Bucket::Empty,
            Seen::Text(t) => Bucket::Text(t.to_owned()),
            Seen::Number(n) => Bucket::Number(n),
            Seen::Date(d) => Bucket::Date(d),
        }
    }

    /// Whether it is that bucket, as `Bucket::id` tells them apart.
    fn is(self, bucket: &Bucket) -> bool {
        match (self, bucket) {
            (Seen::Empty, Bucket::Empty) => true,
            (Seen::Text(a), Bucket::Text(b)) => a == b,
            (Seen::Number(a), Bucket::Number(b)) => a.to_bits() == b.to_bits(),
            (Seen::Date(a), Bucket::Date(b)) => a == *b,
            _ => false,
        }
    }

    fn hash(self, state: &mut impl Hasher) {
        match self {
            Seen::Empty => state.write_u8(0),
            Seen::Text(t) => {
                state.write_u8(1);
                t.hash(state);
            }
            Seen::Number(n) => {
                state.write_u8(2);
                state.write_u64(n.to_bits());
            }
            Seen::Date(d) => {
                state.write_u8(3);
                d.hash(state);
            }
        }
    }
}

/// Whether the group is the one for these values.
fn is_group(values: &[Seen<'_>], group: &Group) -> bool {
    group.values.len() == values.len() && values.iter().zip(&group.values).all(|(s, b)| s.is(b))
}

fn hash<'a>(values: impl Iterator<Item = Seen<'a>>) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    for value in values {
        value.hash(&mut hasher);
    }
    hasher.finish()
}

/// How a document's table names a group with no value: in Vietnamese,
/// whatever the run speaks (a terminal says it in the run's language:
/// `Bucket::cell_shown`).
pub fn empty_label() -> String {
    tr_in!(Lang::Vi, "report-tally-none")
}

/// The rows that share values of the keys: how many, and their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub values: Vec<Bucket>,
    pub count: u64,
    /// One sum per metric of the spec, in its order.
    pub sums: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub spec: Spec,
    /// The groups that occur, in taxonomy order (codes), folded text
    /// order (text), numeric or date order, empty last.
    pub groups: Vec<Group>,
    /// For each key alone, its groups: a model with two tags counts once
    /// in each, and once in the total.
    pub margins: Vec<Vec<Group>>,
    /// Every row counted once.
    pub total: Group,
}

/// Groups, found by their values: among the first few by looking at each,
/// past them by a hash of the values (the few groups that share a hash are
/// told apart by their values).
struct Accumulator {
    index: HashMap<u64, Vec<usize>>,
    groups: Vec<Group>,
    metrics: usize,
}

/// Up to this many groups, a row's group is found by comparing values,
/// which costs less than hashing them.
const FEW: usize = 48;

impl Accumulator {
    fn new(metrics: usize) -> Self {
        Self {
            index: HashMap::new(),
            groups: Vec::new(),
            metrics,
        }
    }

    fn add(&mut self, values: &[Seen<'_>], sums: &[f64]) {
        let i = if self.groups.len() < FEW {
            self.groups
                .iter()
                .position(|g| is_group(values, g))
                .unwrap_or_else(|| self.start(values, None))
        } else {
            if self.index.is_empty() {
                for (i, group) in self.groups.iter().enumerate() {
                    let key = hash(group.values.iter().map(Seen::of_bucket));
                    self.index.entry(key).or_default().push(i);
                }
            }
            let key = hash(values.iter().copied());
            let found = self.index.get(&key).and_then(|same| {
                same.iter()
                    .copied()
                    .find(|&i| is_group(values, &self.groups[i]))
            });
            found.unwrap_or_else(|| self.start(values, Some(key)))
        };
        let group = &mut self.groups[i];
        group.count += 1;
        for (total, value) in group.sums.iter_mut().zip(sums) {
            *total += value;
        }
    }

    /// A new group for these values, indexed under `key` when the index is
    /// in use.
    fn start(&mut self, values: &[Seen<'_>], key: Option<u64>) -> usize {
        self.groups.push(Group {
            values: values.iter().map(|s| s.owned()).collect(),
            count: 0,
            sums: vec![0.0; self.metrics],
        });
        let i = self.groups.len() - 1;
        if let Some(key) = key {
            self.index.entry(key).or_default().push(i);
        }
        i
    }

    fn sorted(self, keys: &[Key], taxonomy: &Taxonomy) -> Vec<Group> {
        let mut groups = self.groups;
        for g in &mut groups {
            g.sums.iter_mut().for_each(|s| *s = settle(*s));
        }
        groups.sort_by(|a, b| order(&a.values, &b.values, keys, taxonomy));
        groups
    }
}

fn order(a: &[Bucket], b: &[Bucket], keys: &[Key], taxonomy: &Taxonomy) -> Ordering {
    keys.iter()
        .zip(a.iter().zip(b))
        .map(|(key, (x, y))| compare(key.kind(), &x.value(), &y.value(), taxonomy))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

/// A sum without the noise of binary fractions (`2.5 + 1.8` is `4.3`, not
/// `4.300000000000001`): rounded to six decimals.
fn settle(sum: f64) -> f64 {
    format!("{sum:.6}").parse().unwrap_or(sum)
}

/// A share of the total, in percent to one decimal.
pub fn share(count: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let p = count as f64 * 100.0 / total as f64;
    (p * 10.0).round() / 10.0
}

/// A percentage cell: always one decimal (`50.0`), a json number.
pub fn percent_cell(p: f64) -> Cell {
    let text = format!("{p:.1}");
    Cell::Given {
        label: text.clone(),
        plain: text,
        json: serde_json::Number::from_f64(p).map_or(serde_json::Value::Null, Into::into),
    }
}

/// Counts rows by the spec's keys. Sums cover the outcome years of each
/// row's as-of (`AsOf::sums_year`).
pub fn count<'a>(
    rows: impl IntoIterator<Item = Row<'a>>,
    spec: &Spec,
    taxonomy: &Taxonomy,
) -> Tally {
    let mut counter = Counter::new(spec, taxonomy);
    for row in rows {
        counter.add(&row);
    }
    counter.finish(taxonomy)
}

/// Counts rows one at a time: what `count` and a scan of a register too
/// large to hold share.
pub struct Counter {
    spec: Spec,
    /// Renamed keys group by their name in force on each row's date.
    renames: Renames,
    groups: Accumulator,
    margins: Vec<Accumulator>,
    total: Group,
}

impl Counter {
    pub fn new(spec: &Spec, taxonomy: &Taxonomy) -> Self {
        let metrics = spec.sums.len();
        Self {
            spec: spec.clone(),
            renames: taxonomy.renames.clone(),
            groups: Accumulator::new(metrics),
            margins: spec.by.iter().map(|_| Accumulator::new(metrics)).collect(),
            total: Group {
                values: Vec::new(),
                count: 0,
                sums: vec![0.0; metrics],
            },
        }
    }

    pub fn add(&mut self, row: &Row<'_>) {
        let sums: Vec<f64> = self
            .spec
            .sums
            .iter()
            .map(|m| outcome_sum(row.model, m, |y| row.as_of.sums_year(y)).unwrap_or(0.0))
            .collect();
        self.total.count += 1;
        for (t, s) in self.total.sums.iter_mut().zip(&sums) {
            *t += s;
        }
        let renames = &self.renames;
        let values: Vec<Value<'_>> = self
            .spec
            .by
            .iter()
            .map(|k| k.value_in_force(row, renames))
            .collect();
        let buckets: Vec<Vec<Seen<'_>>> = values.iter().map(Seen::of).collect();
        for (margin, list) in self.margins.iter_mut().zip(&buckets) {
            for bucket in list {
                margin.add(std::slice::from_ref(bucket), &sums);
            }
        }
        // Every combination of the keys' buckets: one, unless a list key
        // puts the row under several values.
        let groups = &mut self.groups;
        let mut combination: Vec<Seen<'_>> = Vec::with_capacity(buckets.len());
        product(&buckets, &mut combination, &mut |values| {
            groups.add(values, &sums);
        });
    }

    pub fn finish(mut self, taxonomy: &Taxonomy) -> Tally {
        self.total.sums.iter_mut().for_each(|s| *s = settle(*s));
        Tally {
            groups: self.groups.sorted(&self.spec.by, taxonomy),
            margins: self
                .margins
                .into_iter()
                .zip(&self.spec.by)
                .map(|(m, key)| m.sorted(std::slice::from_ref(key), taxonomy))
                .collect(),
            total: self.total,
            spec: self.spec,
        }
    }
}

fn product<T: Copy>(lists: &[Vec<T>], prefix: &mut Vec<T>, f: &mut dyn FnMut(&[T])) {
    match lists.split_first() {
        None => f(prefix),
        Some((first, rest)) => {
            for &item in first {
                prefix.push(item);
                product(rest, prefix, f);
                prefix.pop();
            }
        }
    }
}

impl Tally {
    /// The title of a key's column; in events mode the model's own level
    /// and year say so.
    fn title(&self, key: &Key, taxonomy: &Taxonomy) -> String {
        match (self.spec.mode, key) {
            (Mode::Events, Key::Level) => tr!("report-tally-model-level"),
            (Mode::Events, Key::Year) => tr!("report-tally-registered-year"),
            (Mode::Events, Key::EventYear) => tr!("report-tally-event-year"),
            _ => key.title(taxonomy),
        }
    }

    fn metric_title(metric: &str, taxonomy: &Taxonomy) -> String {
        Key::Outcome(metric.to_owned()).title(taxonomy)
    }

    /// The tidy table: one column per key (codes), `count`, `percent` when
    /// asked, `sum_<metric>` per metric; one row per group. Its footer, the
    /// total, shows only in the terminal view.
    pub fn table(&self, taxonomy: &Taxonomy) -> Table {
        let mode = self.spec.mode;
        let mut columns: Vec<Column> = self
            .spec
            .by
            .iter()
            .map(|k| Column {
                title: self.title(k, taxonomy),
                ..Column::of_key(k, mode, taxonomy)
            })
            .collect();
        columns.push(Column::new("count", tr!("report-tally-count"), true));
        if self.spec.percent {
            columns.push(Column::new("percent", tr!("report-tally-percent"), true));
        }
        for metric in &self.spec.sums {
            columns.push(Column::new(
                format!("sum_{metric}"),
                Self::metric_title(metric, taxonomy),
                true,
            ));
        }
        let mut table = Table::new(columns);
        table.rows = self
            .groups
            .iter()
            .map(|g| {
                let mut row: Vec<Cell> = self
                    .spec
                    .by
                    .iter()
                    .zip(&g.values)
                    .map(|(k, b)| b.cell_shown(k, taxonomy))
                    .collect();
                row.extend(self.numbers(g));
                row
            })
            .collect();
        let mut footer = vec![Cell::text(tr!("report-tally-grand-total"))];
        footer.extend((1..self.spec.by.len()).map(|_| Cell::null()));
        footer.extend(self.numbers(&self.total));
        table.footer = Some(footer);
        table
    }

    /// A group's count, share and sums as cells.
    fn numbers(&self, g: &Group) -> Vec<Cell> {
        #[allow(clippy::cast_precision_loss)]
        let mut cells = vec![Cell::number(g.count as f64)];
        if self.spec.percent {
            cells.push(percent_cell(share(g.count, self.total.count)));
        }
        cells.extend(g.sums.iter().map(|&s| Cell::number(s)));
        cells
    }

    /// A count as the cross-tab shows it: with its share when asked.
    fn count_cell(&self, count: u64) -> Cell {
        #[allow(clippy::cast_precision_loss)]
        let cell = Cell::number(count as f64);
        if self.spec.percent {
            let label = format!("{} ({:.1}%)", cell.label(), share(count, self.total.count));
            cell.with_label(label)
        } else {
            cell
        }
    }

    /// The terminal view: with two keys, the cross-tab of counts (rows the
    /// first key, columns the second, with row and column totals) and one
    /// of each sum; otherwise the tidy table with labels and a total.
    /// The tally as people read it (`views`) and as csv and json hold it
    /// (`table`).
    pub fn report(&self, taxonomy: &Taxonomy) -> Report {
        Report {
            people: self.views(taxonomy).into_iter().map(View::Table).collect(),
            data: Some(self.table(taxonomy)),
            ..Report::default()
        }
    }

    pub fn views(&self, taxonomy: &Taxonomy) -> Vec<Table> {
        let [rows_key, columns_key] = self.spec.by.as_slice() else {
            return vec![self.table(taxonomy)];
        };
        let (row_values, column_values) = (&self.margins[0], &self.margins[1]);
        // Cells by their row and column, so that a wide cross-tab does
        // not search every group for each cell.
        let cells: HashMap<(String, String), &Group> = self
            .groups
            .iter()
            .map(|g| ((g.values[0].id(), g.values[1].id()), g))
            .collect();
        let find = |r: &Bucket, c: &Bucket| cells.get(&(r.id(), c.id())).copied();
        let header = |corner: String| {
            let mut columns = vec![Column::new(rows_key.name(self.spec.mode), corner, false)];
            columns.extend(column_values.iter().map(|c| {
                let cell = c.values[0].cell_shown(columns_key, taxonomy);
                Column::new(cell.plain(), cell.label(), true)
            }));
            columns.push(Column::new("total", tr!("report-tally-total"), true));
            columns
        };
        let corner = format!(
            "{} \\ {}",
            self.title(rows_key, taxonomy),
            self.title(columns_key, taxonomy)
        );
        let mut counts = Table::new(header(corner.clone()));
        for r in row_values {
            let mut row = vec![r.values[0].cell_shown(rows_key, taxonomy)];
            row.extend(
                column_values.iter().map(|c| {
                    self.count_cell(find(&r.values[0], &c.values[0]).map_or(0, |g| g.count))
                }),
            );
            row.push(self.count_cell(r.count));
            counts.rows.push(row);
        }
        let mut footer = vec![Cell::text(tr!("report-tally-grand-total"))];
        footer.extend(column_values.iter().map(|c| self.count_cell(c.count)));
        footer.push(self.count_cell(self.total.count));
        counts.footer = Some(footer);
        let mut views = vec![counts];
        for (i, metric) in self.spec.sums.iter().enumerate() {
            let mut sums = Table::new(header(format!(
                "{corner}: {}",
                Self::metric_title(metric, taxonomy)
            )));
            for r in row_values {
                let mut row = vec![r.values[0].cell_shown(rows_key, taxonomy)];
                row.extend(column_values.iter().map(|c| {
                    Cell::number(find(&r.values[0], &c.values[0]).map_or(0.0, |g| g.sums[i]))
                }));
                row.push(Cell::number(r.sums[i]));
                sums.rows.push(row);
            }
            let mut footer = vec![Cell::text(tr!("report-tally-grand-total"))];
            footer.extend(column_values.iter().map(|c| Cell::number(c.sums[i])));
            footer.push(Cell::number(self.total.sums[i]));
            sums.footer = Some(footer);
            views.push(sums);
        }
        views
    }

    /// One bar per group: its labels, its count, and its share when asked.
    pub fn bars(&self, taxonomy: &Taxonomy) -> Vec<Bar> {
        self.groups
            .iter()
            .map(|g| {
                let label = self
                    .spec
                    .by
                    .iter()
                    .zip(&g.values)
                    .map(|(k, b)| b.cell_shown(k, taxonomy).label().into_owned())
                    .collect::<Vec<_>>()
                    .join(" · ");
                #[allow(clippy::cast_precision_loss)]
                let value = g.count as f64;
                let text = if self.spec.percent {
                    format!("{} ({:.1}%)", g.count, share(g.count, self.total.count))
                } else {
                    g.count.to_string()
                };
                Bar { label, value, text }
            })
            .collect()
    }

    /// The count of the group with these values (0 when none).
    pub fn count_of(&self, values: &[Bucket]) -> u64 {
        self.groups
            .iter()
            .find(|g| g.values == values)
            .map_or(0, |g| g.count)
    }
}

/// The values a code key may take, in taxonomy order: what report tables
/// list even when nothing falls under them.
pub fn codes_of(key: &Key, taxonomy: &Taxonomy) -> Vec<Bucket> {
    match key.kind() {
        Type::Code(codes) => codes
            .list(taxonomy)
            .codes()
            .map(|c| Bucket::Text(c.to_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::float_cmp)] // shares and sums are rounded: exact on purpose
    use super::*;
    use crate::model::derived::{AsOf, Derived};

    /// Past `FEW` groups, rows are found through the hash index: the same
    /// groups and counts either way, numbers told apart by their bits.
    #[test]
    fn many_groups_count_as_few_do() {
        let mut accumulator = Accumulator::new(1);
        let names: Vec<String> = (0..120).map(|i| format!("Xã Quảng Tân {i}")).collect();
        for round in 0..3 {
            for (i, name) in names.iter().enumerate() {
                if round < 2 || i % 2 == 0 {
                    accumulator.add(&[Seen::Text(name), Seen::Number(0.0)], &[1.5]);
                }
            }
        }
        accumulator.add(&[Seen::Text(&names[0]), Seen::Number(-0.0)], &[1.0]);
        accumulator.add(
            &[
                Seen::Empty,
                Seen::Date(Date::from_ymd_opt(2025, 7, 1).unwrap()),
            ],
            &[0.0],
        );
        assert_eq!(accumulator.groups.len(), 122);
        for (i, group) in accumulator.groups.iter().take(120).enumerate() {
            let (expected, sum) = if i % 2 == 0 { (3, 4.5) } else { (2, 3.0) };
            assert_eq!(group.values[0], Bucket::Text(names[i].clone()));
            assert_eq!((group.count, group.sums[0]), (expected, sum));
        }
        assert_eq!(
            accumulator.groups[120].count, 1,
            "-0.0 is a group of its own"
        );
        assert_eq!(accumulator.groups[121].values[0], Bucket::Empty);
    }
    use crate::read::model::parse;
    use std::path::Path;

    fn models() -> Vec<crate::model::Model> {
        let t = Taxonomy::default();
        let text = |field: &str, level: &str, year: u32, tags: &str, extra: &str| {
            format!(
                "name = \"M\"\nunit = \"U\"\nsubject = \"tap_the\"\nfield = \"{field}\"\n\
                 level = \"{level}\"\nregistered = {year}-03-01\ntags = [{tags}]\n{extra}"
            )
        };
        let outcome = |y: u32, v: f64| format!("[[outcome]]\nyear = {y}\nduong_km = {v}\n");
        [
            text("kinh_te", "xa", 2020, "\"a\", \"b\"", &outcome(2020, 2.5)),
            text("kinh_te", "huyen", 2021, "\"b\"", &outcome(2021, 1.8)),
            text("van_hoa_xa_hoi", "xa", 2021, "", ""),
            text(
                "kinh_te",
                "xa",
                2022,
                "\"a\"",
                &(outcome(2021, 1.0) + &outcome(2022, 4.0)),
            ),
        ]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (m, problems) = parse(
                &format!("m{i}"),
                Path::new("m.toml"),
                s,
                &t,
                &crate::criteria::Catalog::default(),
            );
            assert!(problems.is_empty(), "{problems:?}");
            m.unwrap()
        })
        .collect()
    }

    fn run(by: &str, sums: &str, as_of: AsOf) -> Tally {
        let t = Taxonomy::default();
        let models = models();
        let derived: Vec<Derived> = models
            .iter()
            .map(|m| Derived::of(m, as_of.date, &t))
            .collect();
        let spec = Spec::parse(&[by], &[sums], Mode::Models, true, &t).unwrap();
        // As `Workspace::select` does: a model registered later does not
        // exist yet.
        let rows = models
            .iter()
            .zip(&derived)
            .filter(|(m, _)| m.registered <= as_of.date)
            .map(|(model, derived)| Row {
                model,
                derived,
                event: None,
                as_of: &as_of,
            });
        count(rows, &spec, &t)
    }

    #[test]
    fn renamed_keys_group_by_the_name_in_force() {
        let t = Taxonomy::default();
        let models: Vec<crate::model::Model> =
            ["Bắc Giang", "tỉnh Bắc Giang", "Bắc Ninh", "Hà Nội"]
                .iter()
                .map(|province| {
                    let text = format!(
                        "name = \"M\"\nunit = \"U\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
                     level = \"xa\"\nregistered = 2024-03-01\nprovince = \"{province}\"\n"
                    );
                    let catalog = crate::criteria::Catalog::default();
                    parse("m", Path::new("m.toml"), &text, &t, &catalog)
                        .0
                        .unwrap()
                })
                .collect();
        let spec = Spec::parse(&["province"], &[], Mode::Models, false, &t).unwrap();
        let groups = |date: &str| {
            let as_of = day(date);
            let derived: Vec<Derived> = models
                .iter()
                .map(|m| Derived::of(m, as_of.date, &t))
                .collect();
            let rows = models.iter().zip(&derived).map(|(model, derived)| Row {
                model,
                derived,
                event: None,
                as_of: &as_of,
            });
            count(rows, &spec, &t)
                .groups
                .iter()
                .map(|g| (g.values[0].clone(), g.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            groups("2025-06-30"),
            [
                (text("Bắc Giang"), 1),
                (text("Bắc Ninh"), 1),
                (text("Hà Nội"), 1),
                (text("tỉnh Bắc Giang"), 1)
            ]
        );
        assert_eq!(
            groups("2025-07-01"),
            [(text("Bắc Ninh"), 3), (text("Hà Nội"), 1)]
        );
    }

    fn day(s: &str) -> AsOf {
        AsOf::date(crate::model::date::parse(s).unwrap())
    }

    fn text(s: &str) -> Bucket {
        Bucket::Text(s.into())
    }

    #[test]
    fn groups_in_taxonomy_order_with_sums_and_shares() {
        let t = run("field,level", "duong_km", day("2022-12-31"));
        let got: Vec<(Vec<Bucket>, u64, Vec<f64>)> = t
            .groups
            .iter()
            .map(|g| (g.values.clone(), g.count, g.sums.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (vec![text("kinh_te"), text("xa")], 2, vec![7.5]),
                (vec![text("kinh_te"), text("huyen")], 1, vec![1.8]),
                (vec![text("van_hoa_xa_hoi"), text("xa")], 1, vec![0.0]),
            ]
        );
        assert_eq!((t.total.count, t.total.sums.clone()), (4, vec![9.3]));
        assert_eq!(share(2, 3), 66.7);
        let csv = t.table(&Taxonomy::default());
        let names: Vec<&str> = csv.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["field", "level", "count", "percent", "sum_duong_km"]
        );
        assert_eq!(csv.rows[0][3].plain(), "50.0");
        assert_eq!(csv.rows[1][4].plain(), "1.8");
    }

    #[test]
    fn sums_cover_the_years_of_the_period() {
        let year = AsOf {
            date: crate::model::date::parse("2021-12-31").unwrap(),
            first_sum_year: Some(2021),
        };
        let t = run("field", "Đường giao thông", year);
        // m3 is registered in 2022: it does not exist yet.
        assert_eq!(t.total.count, 3);
        assert_eq!(t.total.sums, vec![1.8]);
        assert_eq!(
            run("field", "duong_km", day("2021-12-31")).total.sums,
            [4.3]
        );
    }

    #[test]
    fn a_list_key_counts_a_model_under_each_value_and_empty_last() {
        let t = run("tags", "", day("2022-12-31"));
        let got: Vec<(Bucket, u64)> = t
            .groups
            .iter()
            .map(|g| (g.values[0].clone(), g.count))
            .collect();
        assert_eq!(got, [(text("a"), 2), (text("b"), 2), (Bucket::Empty, 1)]);
        assert_eq!(t.total.count, 4);
    }

    #[test]
    fn cross_tab_has_row_and_column_totals() {
        let t = run("field,level", "", day("2022-12-31"));
        let views = t.views(&Taxonomy::default());
        let view = &views[0];
        let labels = |row: &[Cell]| {
            row.iter()
                .map(|c| c.label().into_owned())
                .collect::<Vec<_>>()
        };
        let titles: Vec<&str> = view.columns.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Lĩnh vực \\ Cấp", "Cấp xã", "Cấp huyện", "Tổng"]);
        assert_eq!(
            labels(&view.rows[0]),
            ["Kinh tế", "2 (50.0%)", "1 (25.0%)", "3 (75.0%)"]
        );
        assert_eq!(
            labels(&view.rows[1]),
            ["Văn hóa - xã hội", "1 (25.0%)", "0 (0.0%)", "1 (25.0%)"]
        );
        assert_eq!(
            labels(view.footer.as_ref().unwrap()),
            ["Tổng cộng", "3 (75.0%)", "1 (25.0%)", "4 (100.0%)"]
        );
    }

    #[test]
    fn bad_specs_say_why() {
        let t = Taxonomy::default();
        let err = |by: &str, sum: &str, mode| {
            Spec::parse(&[by], &[sum], mode, false, &t)
                .unwrap_err()
                .to_string()
        };
        assert!(
            err("field", "ngay_cong", Mode::Events)
                .starts_with("--sum cannot be used with --events")
        );
        assert!(err("field", "gio", Mode::Models).starts_with("--sum: unknown metric `gio`"));
        assert_eq!(
            err("field,field", "", Mode::Models),
            "--by names `field` twice"
        );
        assert!(err("feild", "", Mode::Models).starts_with("unknown key `feild`"));
    }
}
