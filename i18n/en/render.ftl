### Terminal tables, progress, documents (src/render)


## src/render/problems.rs

# The closing line of `check`: how many errors, warnings and model files.
render-check-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] { $files } model file
       *[other] { $files } model files
    }

## src/render/annex.rs

# $cause: the csv writer's error.
render-annex-cannot-write = cannot write the list: { $cause }
render-annex-no-certificate = the decision `{ $decision }` recognises or commends no model: no certificate to write

## src/render/docx.rs

# $cause: the Word library's error.
render-docx-cannot-write = cannot write the document: { $cause }

## src/render/xlsx.rs

render-xlsx-too-many-rows = too many rows for a workbook (at most 1,048,575); write csv instead
# $cause: the workbook library's error.
render-xlsx-cannot-write = cannot write the workbook: { $cause }
