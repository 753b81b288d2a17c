### Tables and views: headings and notes (src/reports, src/select)

