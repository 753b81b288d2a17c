### The command line: about, help of every argument, examples, usage errors (src/cmd)

## The program and its commands

dvk-about = Keep the register of "Dân vận khéo" models (sổ theo dõi mô hình Dân vận khéo) as a folder of TOML files, one model a file
dvk-after = Exit codes: 0 done; 1 done and the answer is "no" (check found errors, evaluate --strict found a model not dat, fmt --check found files to format); 2 could not do it.
cmd-init-about = Create a new register (sổ theo dõi): dvk.toml, models/, criteria/ with one example criteria set (bộ tiêu chí)
cmd-init-long-about = Create a new register (sổ theo dõi): dvk.toml, models/, criteria/ with one example criteria set (bộ tiêu chí).

    Inside a git work tree it also sets up dvk's merge driver for the new register, as `dvk merge-driver --install` does.

    Example: dvk init so-dvk --name "Sổ theo dõi mô hình Dân vận khéo xã Quảng Tân"
cmd-register-about = Register a model (đăng ký mô hình): writes models/<year>/<id>.toml and prints the new id. On a terminal it asks for what is missing
cmd-register-long-about = Register a model (đăng ký mô hình): writes models/<year>/<id>.toml and prints the new id. On a terminal it asks for what is missing.

    Example: dvk register --name "Xây dựng vườn mẫu" --unit "Hội Nông dân xã Quảng Tân" \ --subject tap_the --field "Kinh tế" --level xa --commune "Quảng Tân"
cmd-import-about = Import models from a spreadsheet (nhập danh sách mô hình): one row a model, all or nothing. If any row is bad, nothing is written and every bad row is reported by its row number in the sheet
cmd-import-long-about = Import models from a spreadsheet (nhập danh sách mô hình): one row a model, all or nothing. If any row is bad, nothing is written and every bad row is reported by its row number in the sheet.

    The header row is the first row that names columns: Tên mô hình (name), Đơn vị thực hiện (unit), Đối tượng (subject), Lĩnh vực (field), Cấp (level), Ngày đăng ký (registered) are required; Loại (kind), Giai đoạn (phase), Ngày bắt đầu (started), Tỉnh (province), Huyện (district), Xã (commune), Tóm tắt (summary), Mã (id) are optional; a metric such as "Đất hiến (m²)" with a Năm (year) column gives an [[outcome]]. Case and diacritics are ignored. A row that repeats a model (same name, unit and registration date) is skipped. The new files go to models/import-<date>/<year>/<id>.toml.

    Examples: dvk import danh-sach-2024.xlsx --sheet "Năm 2024" --dry-run dvk import danh-sach.csv --map cot.toml
cmd-absorb-about = Absorb another register into this one (a commune merged into another, a register handed over): OTHER's models, criteria sets and evidence
cmd-absorb-long-about = Absorb another register into this one (a commune merged into another, a register handed over): OTHER's models, criteria sets and evidence.

    Every model of OTHER is copied to the same path under models/, with the criteria sets its assessments name and the files of OTHER's ho-so/. All or nothing: ids in both registers, codes or metrics this register's dvk.toml lacks, a criteria set or evidence file of the same name with other content, and a broken register on either side are each named, and nothing is written. OTHER is left as it was. Prints the files copied; docs/rollup.md shows how to keep both git histories.
cmd-absorb-after =
    Examples:
      dvk absorb ../xa-quang-loi --dry-run
      dvk absorb ../xa-quang-loi && dvk check && git add -A && git commit -m "absorb xa-quang-loi"
cmd-show-about = Show one model (mô hình) with what it is as of the date: status, recognised level (công nhận), months, commendations (khen thưởng)
cmd-show-long-about = Show one model (mô hình) with what it is as of the date: status, recognised level (công nhận), months, commendations (khen thưởng).

    Example: dvk show 2019-quang-tan-xay-dung-vuon-mau --as-of 2020-12-31
cmd-list-about = List the models (mô hình) that match a query, one row each; with --events, their events (đề nghị, công nhận, khen thưởng...), one row each
cmd-list-long-about = List the models (mô hình) that match a query, one row each; with --events, their events (đề nghị, công nhận, khen thưởng...), one row each.

    Examples: dvk list field:kinh_te 'level>=huyen' dvk list commune:"quảng tân" -status:ngung --sort -registered dvk list --events type:cong_nhan date:2024 --sort date
cmd-list-after = Query terms (all must hold; quote a term with > < or spaces for the shell):
      key:value      equals; free text (name, unit, commune...) contains it, ignoring case and accents
      key:a,b,c      any of the values
      key:A..B       within A and B: dates, numbers, levels
      key>=v key>v key<=v key<v key!=v
                     comparisons: dates, numbers, levels by rank
      key?           present and not empty
      -term not:term the term does not hold
      word           in name, unit, commune, district, province or summary
    Dates may be partial (registered:2023, registered:2023-05); codes may be labels (field:"Kinh tế");
    province, district, commune, unit and authority match the recorded name or the name in force.
    Keys: the stored keys; status recognized expires ever_recognized proposed months commendations
    replications assessed outcome.<metric>; id; year.
cmd-tally-about = Count the models (mô hình) that match a query, grouped by keys: by field and level, by status, by year; with --events, count events instead
cmd-tally-long-about = Count the models (mô hình) that match a query, grouped by keys: by field and level, by status, by year; with --events, count events instead.

    csv and json give one row per group that occurs (codes, `count`, `percent`, `sum_<metric>`); the table gives labels and a total, and a cross-tab with row and column totals for two keys.
cmd-tally-after =
    Examples:
      dvk tally --by field,level --year 2024
      dvk tally --by field --percent --sum dat_hien_m2,ngay_cong --phase 2021-2025
      dvk tally --events type:cong_nhan --by level,year --format table
      dvk tally --by recognized --chart
cmd-export-about = Export the models (mô hình) that match a query for a spreadsheet: one row a model with every stored and derived key, and events, outcomes and assessments summarised: the date of recognition, the latest decision, the latest assessment, and each metric summed over the period of --year or --phase (see docs/report.md for every column)
cmd-export-after =
    Examples:
      dvk export --year 2024 --out mo-hinh-2024.xlsx
      dvk export field:kinh_te --columns id,name,recognized_date --bom > kinh-te.csv
cmd-report-about = Write the tables of a yearly (sơ kết) or phase (tổng kết) report: models by field, level and subject; registered, proposed, recognised and not passed per level; recognitions and commendations; replications; discontinued and revoked models; outcome sums; shares. Each table is a CSV file (UTF-8 with BOM) and a sheet of one workbook, and the first three are also drawn as SVG bar charts; README.md says what each holds and the date the numbers are as of. The Word document (.docx) holds every table numbered under the header and signature block of [report] in dvk.toml
cmd-report-long-about = Write the tables of a yearly (sơ kết) or phase (tổng kết) report: models by field, level and subject; registered, proposed, recognised and not passed per level; recognitions and commendations; replications; discontinued and revoked models; outcome sums; shares. Each table is a CSV file (UTF-8 with BOM) and a sheet of one workbook, and the first three are also drawn as SVG bar charts; README.md says what each holds and the date the numbers are as of. The Word document (.docx) holds every table numbered under the header and signature block of [report] in dvk.toml.

    Needs --year Y or --phase A-B. Prints the files written.
cmd-report-after =
    Examples:
      dvk report --year 2024
      dvk report --phase 2021-2025 --out bao-cao-tong-ket
      dvk report --year 2024 district:"Đầm Hà"
cmd-annex-about = Write the list attached to a decision (danh sách kèm theo quyết định): every event whose decision is DECISION (compared ignoring case, diacritics and spaces), numbered, with the model's id, name, unit, field, subject and the event's level, form and number, under the header of [report] in dvk.toml and a title naming the decision and its date. With --certificates, a Word document of one certificate page (giấy chứng nhận) per model the decision recognised or commended
cmd-annex-long-about = Write the list attached to a decision (danh sách kèm theo quyết định): every event whose decision is DECISION (compared ignoring case, diacritics and spaces), numbered, with the model's id, name, unit, field, subject and the event's level, form and number, under the header of [report] in dvk.toml and a title naming the decision and its date. With --certificates, a Word document of one certificate page (giấy chứng nhận) per model the decision recognised or commended.

    The format is --format, else the extension of --out, else csv. csv goes to stdout without --out; a workbook or a document is written to --out, by default danh-sach-<decision>.xlsx or .docx (chung-nhan-<decision>.docx for certificates) in the current folder.
cmd-annex-after =
    Examples:
      dvk annex 123-QĐ/HU > danh-sach.csv
      dvk annex "123-QĐ/HU" --format docx
      dvk annex 123-QĐ/HU --certificates --out chung-nhan.docx
cmd-check-about = Check every file of the register and report every problem, each as PATH:LINE:COL: error|warning: MESSAGE with the offending line under it
cmd-check-long-about = Check every file of the register and report every problem, each as PATH:LINE:COL: error|warning: MESSAGE with the offending line under it.

    Exits 1 when there are errors (warnings alone exit 0). Example: dvk check -C data-sample
cmd-fmt-about = Rewrite the register's files in canonical form: keys in the order of the format, NFC text, key = value spacing, LF endings. Comments stay
cmd-fmt-long-about = Rewrite the register's files in canonical form: keys in the order of the format, NFC text, key = value spacing, LF endings. Comments stay.

    Examples: dvk fmt            rewrite what needs it dvk fmt --check    list what would change; exit 1 if anything would
cmd-propose-about = Propose models to a level for recognition (đề nghị công nhận)
cmd-propose-long-about = Propose models to a level for recognition (đề nghị công nhận).

    Example: dvk propose 2019-quang-tan-xay-dung-vuon-mau --level huyen --date 2020-03-10
cmd-recognize-about = Record a recognition (công nhận) at a level; one decision often recognises many models
cmd-recognize-long-about = Record a recognition (công nhận) at a level; one decision often recognises many models.

    Example: dvk recognize --where "proposed:huyen status:de_nghi" --level huyen \ --date 2020-06-18 --decision 123-QĐ/HU --authority "Ban Thường vụ Huyện ủy"
cmd-reject-about = Record that an appraisal did not recognise models (không đạt)
cmd-reject-long-about = Record that an appraisal did not recognise models (không đạt).

    Example: dvk reject 2023-ham-liem-chinh-trang --level tinh --date 2024-11-05
cmd-commend-about = Record a commendation (khen thưởng): Bằng khen, Giấy khen, biểu dương
cmd-commend-long-about = Record a commendation (khen thưởng): Bằng khen, Giấy khen, biểu dương.

    Example: dvk commend 2019-quang-tan-xay-dung-vuon-mau --form giay_khen --level huyen
cmd-replicate-about = Record a replication (nhân rộng) of models to another place
cmd-replicate-long-about = Record a replication (nhân rộng) of models to another place.

    Example: dvk replicate 2019-quang-tan-xay-dung-vuon-mau --place "xã Dực Yên"
cmd-stop-about = Record that models were discontinued (ngừng), e.g. at the annual review
cmd-stop-long-about = Record that models were discontinued (ngừng), e.g. at the annual review.

    Example: dvk stop 2018-cong-an-huyen-dam-ha-nang-cao --date 2024-12-20
cmd-revoke-about = Record that a recognition was revoked (thu hồi); without --level every recognition of the model is revoked
cmd-revoke-long-about = Record that a recognition was revoked (thu hồi); without --level every recognition of the model is revoked.

    Example: dvk revoke 2016-an-thang-phong-chong --level huyen --decision 45-QĐ/HU
cmd-assess-about = Record an appraisal (thẩm định) of a model under a criteria set: one judgement for each criterion the team decides
cmd-assess-long-about = Record an appraisal (thẩm định) of a model under a criteria set: one judgement for each criterion the team decides.

    Values: true/false, có/không, đạt/không đạt, or a number of points. Example: dvk assess 2019-quang-tan-xay-dung-vuon-mau --criteria hd-tinh-2021-2025 \ --by "Tổ thẩm định số 1" gan_lanh_dao=true huy_dong=có nhan_dan_ung_ho=15
cmd-evaluate-about = Evaluate models against the criteria of a guidance (xét theo bộ tiêu chí): each gets dat (đạt), khong_dat (không đạt), cho_danh_gia (chờ đánh giá) or khong_ap_dung (không áp dụng), with its score
cmd-evaluate-long-about = Evaluate models against the criteria of a guidance (xét theo bộ tiêu chí): each gets dat (đạt), khong_dat (không đạt), cho_danh_gia (chờ đánh giá) or khong_ap_dung (không áp dụng), with its score.

    Examples: dvk evaluate --criteria hd-tinh-2021-2025 dvk evaluate level:huyen --criteria hd-tinh-2021-2025 --strict --year 2024
cmd-evaluate-after = Query terms (all must hold; quote a term with > < or spaces for the shell):
      key:value      equals; free text (name, unit, commune...) contains it, ignoring case and accents
      key:a,b,c      any of the values
      key:A..B       within A and B: dates, numbers, levels
      key>=v key>v key<=v key<v key!=v
                     comparisons: dates, numbers, levels by rank
      key?           present and not empty
      -term not:term the term does not hold
      word           in name, unit, commune, district, province or summary
    Dates may be partial (registered:2023, registered:2023-05); codes may be labels (field:"Kinh tế");
    province, district, commune, unit and authority match the recorded name or the name in force.
    Keys: the stored keys; status recognized expires ever_recognized proposed months commendations
    replications assessed outcome.<metric>; id; year.
cmd-history-about = Show a model's history from git: every commit that changed its file, oldest first, with its date, author, subject and what changed in words ("added event cong_nhan huyen 2024-06-20", "unit: A → B"); renames of the file are followed
cmd-history-long-about = Show a model's history from git: every commit that changed its file, oldest first, with its date, author, subject and what changed in words ("added event cong_nhan huyen 2024-06-20", "unit: A → B"); renames of the file are followed.

    Example: dvk history 2019-quang-tan-xay-dung-vuon-mau --format json
cmd-merge-driver-about = Merge three versions of a model file for git: records (events, assessments, outcomes) added on either side are all kept, in date order; only a key or a record both sides changed differently is a conflict, marked in the file
cmd-merge-driver-long-about = Merge three versions of a model file for git: records (events, assessments, outcomes) added on either side are all kept, in date order; only a key or a record both sides changed differently is a conflict, marked in the file.

    Git runs it as `dvk merge-driver %O %A %B %P` once `dvk merge-driver --install` has set it up (each clone runs that once). It writes the result to OURS and exits 0 when merged cleanly, 1 on a conflict; a file that is not a model on every side is left to `git merge-file`.

    Example: dvk merge-driver --install
cmd-completions-about = Print shell completions: add source <(dvk completions bash) to ~/.bashrc, or save dvk completions zsh as _dvk in your $fpath
cmd-man-about = Print the manual page (roff): dvk man > ~/.local/share/man/man1/dvk.1
cmd-help-about = Print this message or the help of the given subcommand(s)

## Arguments: arg-ID is shared by every command that has ID; cmd-NAME-ID is a command's own wording

arg-as_of = Compute as of this day (YYYY-MM-DD) [default: today]
arg-authority = Who decided (cơ quan), e.g. "Ban Thường vụ Huyện ủy"
arg-base = The common ancestor's version (git's %O)
arg-bom = Begin the csv with a UTF-8 byte order mark, so that Excel reads its Vietnamese text right
arg-by = Who appraised (tổ thẩm định)
cmd-tally-by = Group by these keys (stored or derived: field, level, status, recognized, assessed, year, district, tags...)
arg-certificates = One certificate page per model recognised or commended (a .docx)
arg-chart = Draw horizontal bars instead of the table
arg-check = Change nothing: list the files that are not in canonical form
arg-color = When to use colour (NO_COLOR is honoured)
arg-columns = Only these columns, in this order [default: every column]
arg-commune = Commune (xã)
arg-criteria = The criteria set: a file stem in criteria/
arg-date = The day of the decision [default: today]
cmd-assess-date = The day of the appraisal [default: today]
arg-decision = The decision's number (số quyết định), e.g. 123-QĐ/HU
cmd-annex-decision = The decision's number, as events record it
arg-dir = The folder [default: the -C folder, else the current one]
arg-district = District (huyện; historical, before 2025-07-01)
arg-dry_run = Show what would be appended; write nothing
cmd-absorb-dry_run = List the files that would be copied; write nothing
cmd-import-dry_run = Show what would be created (id, name, field, level); write nothing
arg-events = A row an event (up to the date) with its model's keys; the model's own level is model.level
cmd-tally-events = Count events (each event up to the date is a row with its model's keys; `year` is the event's year, `model.level` the model's level)
arg-field = Field (lĩnh vực): a code or label of dvk.toml's [fields]
arg-file = The spreadsheet: .csv (UTF-8 or UTF-16; comma, semicolon or tab), .xlsx, .xls or .ods
arg-files = Evidence (a decision, minutes...): copied to ho-so/<year of --date>/ and named by the event; repeatable; at most 50 MiB a file
cmd-assess-files = Evidence (the appraisal's minutes...): copied to ho-so/<year of --date>/ and named by the assessment; repeatable; at most 50 MiB a file
arg-form = The form (hình thức): a code or label of [forms]
arg-format = Output format [default: table on a terminal, csv otherwise]
cmd-annex-format = csv, xlsx or docx [default: the extension of --out, else csv]
cmd-export-format = csv, json, xlsx (a workbook) or sqlite (a database, with --out) [default: from the extension of --out (.xlsx, .json, .sqlite, .db), else csv]
arg-from = Also every model a spreadsheet names (a decision's annex, .csv, .xlsx, .ods): by a column `id` (Mã), or `name` (Tên mô hình) and `unit` (Đơn vị thực hiện) together; all rows or nothing
arg-help = Print help (see more with '--help')
cmd-completions-help = Print help
cmd-export-help = Print help
cmd-man-help = Print help
dvk-help = Print help
arg-help-long = Print help (see a summary with '-h')
arg-id = The model's id (its file name without .toml)
cmd-assess-id = The model's id
cmd-register-id = The id to use instead of one made from year, commune and name
arg-ids = The models' ids
arg-install = Set the driver up in the git repository that holds the register: the line of .gitattributes (commit it) and merge.dvk.driver in .git/config
arg-kind = mo_hinh (model) or dien_hinh (exemplar) [default: mo_hinh]
arg-level = The level of the authority (cấp)
cmd-propose-level = The level proposed to (cấp)
cmd-recognize-level = The level recognised at (cấp)
cmd-register-level = Level registered at (cấp): a code or label of [levels]
cmd-reject-level = The level that appraised (cấp)
cmd-revoke-level = The level whose recognition is revoked
arg-map = Other headers: a TOML table of "Header" = "key"
arg-name = The register's name, as reports title it
cmd-register-name = The model's name (tên mô hình)
arg-note = A note
arg-number = The certificate's number (số bằng khen, giấy khen)
cmd-recognize-number = The certificate's number (số giấy chứng nhận)
arg-other = The register to absorb (a folder with dvk.toml)
arg-ours = Our version (%A): the merged result is written here
arg-out = The file to write (replaced whole)
cmd-export-out = Write to this file (replaced whole, atomically) instead of stdout
cmd-report-out = The folder to write into, made if missing [default: bao-cao-Y or bao-cao-A-B]
arg-path = The file's path in the repository (%P): messages name it
arg-percent = Add each group's share of all counted, in percent
arg-phase = As of the end of phase A-B (giai đoạn); --sum adds years A to B
cmd-register-phase = Phase (giai đoạn), e.g. 2021-2025
arg-place = Where it was replicated (nơi nhân rộng)
arg-province = Province (tỉnh)
arg-query = Query terms, all of which must hold (see `dvk list --help`)
cmd-evaluate-query = Query terms, all of which must hold
cmd-list-query = Query terms, all of which must hold (see below)
cmd-report-query = Query terms: report on the models that match only
arg-quiet = Print nothing on stderr but errors
arg-register = The register's folder (given more than once, read commands work on all of them together) [default: $DVK_REGISTER, else the nearest folder at or above this one that holds dvk.toml]
arg-registered = Date of registration (ngày đăng ký) [default: today]
arg-results = CRITERION=VALUE judgements
arg-selection = Also every model matching this query (as of --as-of, else the date)
arg-set = A key of dvk.toml's [custom]: KEY=VALUE; repeatable (a list's items separated by `;`, a code by its code or label)
arg-sheet = The sheet of --from's workbook [default: the first]
cmd-import-sheet = The workbook's sheet to read [default: the first]
arg-shell = bash, zsh, fish, powershell or elvish
arg-sort = Sort by these keys, -KEY for descending [default: path]
arg-started = Date implementation began (ngày bắt đầu)
arg-strict = Exit 1 when any selected model is not dat
cmd-import-strict = Refuse rows that repeat a model instead of skipping them
arg-subject = tap_the (collective) or ca_nhan (individual), or their labels
arg-sum = Add the sum of a measured outcome (code or label), over the year of --year, the years of --phase, or every year up to the date
arg-theirs = Their version (%B)
arg-unit = The unit or person carrying it out (đơn vị / cá nhân)
arg-until = The last day the recognition holds (công nhận đến) [default: the term of dvk.toml's [recognition], else until revoked or stopped]
arg-version = Print version
arg-year = As of the end of year Y; --sum counts outcome year Y only

## The headings of every help page
help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-default = [default: { $value }]
help-possible = [possible values: { $values }]
arg-lang = The language of messages and help: vi (tiếng Việt) or en [default: $DVK_LANG, else vi when LC_ALL, LC_MESSAGES or LANG (the first set) starts with vi, else en]

## src/cmd/usage.rs: usage errors. English is clap's own rendering; these
## are the same words for the other languages, laid out as clap lays them.

usage-error = error:
usage-more = For more information, try '{ $command } --help'.
usage-options = [OPTIONS]
usage-command = <COMMAND>
usage-optional-command = [COMMAND]
usage-invalid = the command line is not valid
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-subcommand = unrecognized subcommand '{ $name }'
usage-value-required = a value is required for '{ $arg }' but none was supplied
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
# $reason: why the value parser refused it, already a message
usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-possible-values = [possible values: { $values }]
usage-missing-required = the following required arguments were not provided:
usage-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
usage-subcommands = [subcommands: { $values }]
usage-repeated = the argument '{ $arg }' cannot be used multiple times
usage-the-argument = the argument '{ $arg }'
usage-the-subcommand = the subcommand '{ $name }'
# $subject: usage-the-argument or usage-the-subcommand
usage-conflict = { $subject } cannot be used with '{ $other }'
usage-conflict-list = { $subject } cannot be used with:
usage-conflict-others = { $subject } cannot be used with one or more of the other specified arguments
usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
usage-too-few-values = { $min } values required by '{ $arg }'; only { $count } { $count ->
        [one] was
       *[other] were
    } provided
usage-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $count } { $count ->
        [one] was
       *[other] were
    } provided
usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
usage-not-a-number = invalid digit found in string
usage-number-too-large = number too large to fit in target type
usage-not-in-range = { $value } is not in { $range }
# $names: the names clap found close to what was typed, quoted, joined by usage-or
usage-similar-subcommand = tip: a similar subcommand exists: { $names }
usage-similar-argument = tip: a similar argument exists: { $names }
usage-similar-value = tip: a similar value exists: { $names }
usage-or = {", "}
usage-tip-as-value = tip: to pass '{ $arg }' as a value, use '{ $example }'
usage-tip-remove-dashes = tip: subcommand '{ $name }' exists; to use it, remove the '--' before it
usage-tip-exists = tip: '{ $example }' exists
# $text: a tip of clap's that dvk does not know, in English
usage-tip = tip: { $text }

## src/cmd/absorb.rs

# $what: what the plan copies ("3 models, 1 criteria set")
absorb-conflicts = cannot absorb { $from }: { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    }; nothing was written
absorb-dry-run = { $what } would be copied from { $from }; nothing was written (--dry-run)
absorb-done = { $what } copied from { $from }; run `dvk check` and commit

## src/cmd/annex.rs

annex-certificates-need-docx = certificates are a Word document: give --format docx or none
annex-wrote-certificates = wrote { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    } of decision { $decision } to { $path }
annex-wrote-rows = wrote { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } of decision { $decision } to { $path }

## src/cmd/args.rs

# $flag: the option's name without its dashes; $example: a day
args-not-a-day = --{ $flag } takes a day like { $example }, not `{ $text }`

## src/cmd/assess.rs

# $problems: the problems of the judgements, one a line
assess-problems = { $problems }
    nothing was written
assess-recorded = recorded an assessment under `{ $criteria }`

## src/cmd/check.rs

check-run-progress = checking
# $errors: n-errors; $warnings: n-warnings
check-run-summary = { $errors }, { $warnings } in { $files ->
        [one] { $files } model file
       *[other] { $files } model files
    }

## src/cmd/context.rs

context-error = error
context-progress-reading = reading
# After the bar: done/total models
context-progress-models = models
context-year-range = --year takes a year from { $first } to { $last }, not `{ $year }`
context-phase-form = --phase takes two years like 2021-2025, not `{ $text }`
context-one-register = commands that write work on one register; give -C once
context-today = DVK_TODAY must be a day like 2025-06-30, not `{ $text }`

## src/cmd/evaluate.rs

evaluate-progress = evaluating

## src/cmd/export.rs

export-no-table = export writes csv, json or xlsx; `dvk list` shows a table
export-bom-csv-only = --bom is for csv only
export-workbook-on-terminal = a workbook cannot be shown on the terminal; give --out FILE.xlsx or redirect stdout
export-done = exported { $count ->
        [one] { $count } model
       *[other] { $count } models
    } to { $path }

## src/cmd/fmt.rs

fmt-would-format = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } would be formatted
fmt-formatted = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } formatted
fmt-failed = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } could not be formatted; `dvk check` shows why
fmt-not-formatted = { $file }: not formatted: { $why }

## src/cmd/history.rs

# $rule: what an id is made of
history-bad-id = `{ $id }` is not a model id: { $rule }
# $hint: "; did you mean `x`?" or nothing
history-no-model = no model `{ $id }` in { $register }{ $hint }

## src/cmd/import.rs

import-run-progress = writing
import-run-bad-rows = { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    } in { $file }; nothing was written
import-run-dry-run = { $count ->
        [one] { $count } model
       *[other] { $count } models
    } would be created; nothing was written (--dry-run)
import-run-nothing-new = { $file }: no new models; nothing was written
import-run-done = imported { $count ->
        [one] { $count } model
       *[other] { $count } models
    } into { $folder }

## src/cmd/init.rs

init-created = Created a register in { $dir }.
    Next: dvk -C { $dir } register --name NAME --unit UNIT --subject tap_the --field kinh_te --level xa

## src/cmd/lifecycle.rs

lifecycle-none-matches = no model matches --where; nothing was written
lifecycle-dry-run = { $count } file(s) would change; nothing was written
# $code: the event's type (cong_nhan)
lifecycle-recorded = recorded `{ $code }` for { $count ->
        [one] { $count } model
       *[other] { $count } models
    }

## src/cmd/merge_driver.rs

# $what: the keys and records both sides changed
merge-driver-conflicts = { $file }: both sides changed { $what } differently: choose between the marked lines, then run `dvk check`
merge-driver-textual = { $file }: not a model on every side, so git merged it as text: resolve the marked lines, then run `dvk check`

## src/cmd/register.rs

register-prompt-name = Tên mô hình (name)
register-prompt-unit = Đơn vị thực hiện (unit)
register-prompt-subject = Đối tượng (subject)
register-prompt-field = Lĩnh vực (field)
register-prompt-level = Cấp (level)
# A key of dvk.toml's [custom]: $kind is its codes or its type
register-prompt-custom = { $label } ({ $code }, { $kind }; Enter to skip)
register-problems = { $problems }
    nothing was written
register-missing = missing { $flags }; nothing was written
register-set-form = --set { $set }: expected KEY=VALUE; nothing was written
register-done = registered { $path }

## src/cmd/report.rs

report-run-needs-period = report needs the period it covers: --year Y or --phase A-B
report-run-done = wrote { $tables } tables on { $models ->
        [one] 1 model
       *[other] { $models } models
    }, as of { $date }, to { $dir }

## src/cmd/show.rs

show-bad-id = `{ $id }` is not a model id: { $rule }
show-no-model = no model `{ $id }` in { $register }{ $hint }

## src/cmd/tally.rs

tally-progress = counting
tally-chart-format = --chart draws bars for people; it cannot be written as csv or json

## Placeholders of the arguments' values: English shows clap's own (these),
## the other languages these ids (cmd/help.rs)

arg-value-date = DATE
arg-value-dir = DIR
arg-value-y = Y
arg-value-when = WHEN
arg-value-lang = LANG
arg-value-format = FORMAT
arg-value-a-b = A-B
arg-value-id = ID
arg-value-file = FILE
arg-value-query = QUERY
arg-value-name = NAME
arg-value-path = PATH
arg-value-note = NOTE
arg-value-level = LEVEL
arg-value-authority = AUTHORITY
arg-value-set = SET
arg-value-base = BASE
arg-value-ours = OURS
arg-value-theirs = THEIRS
arg-value-decision = DECISION
arg-value-shell = SHELL
arg-value-place = PLACE
arg-value-other = OTHER
arg-value-n = N
arg-value-key-key-more = KEY[,KEY...]
arg-value-form = FORM
arg-value-criterion-value = CRITERION=VALUE
arg-value-unit = UNIT
arg-value-subject = SUBJECT
arg-value-province = PROVINCE
arg-value-phase = PHASE
arg-value-metric = METRIC
arg-value-map-toml = MAP.toml
arg-value-kind = KIND
arg-value-key-key = KEY[,KEY]
arg-value-key-value = KEY=VALUE
arg-value-k-k-more = K,K...
arg-value-field = FIELD
arg-value-district = DISTRICT
arg-value-commune = COMMUNE
arg-value-addr = ADDR
arg-value-by = BY

## src/cmd/completions.rs: the manual's section headings (English is clap_mangen's own)

man-manual = General Commands Manual
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-subcommands = SUBCOMMANDS
man-extra = EXTRA
man-version = VERSION
man-authors = AUTHORS
# In the synopsis: <subcommands>
usage-command-word = subcommands
