import InnoStatCore
import SQLiteStore

/// The text `innostat status` prints: one run (the last unless `runID` is given) as
/// ``RunStatusReader`` reads it, or a table of the latest runs.
struct StatusReport {
    let database: Database
    var runID: Int64?
    var rejectLimit = 20

    func render() throws -> String {
        guard
            let run = try RunStatusReader(database: database).status(
                runID: runID, rejectLimit: rejectLimit)
        else { return "no runs yet\n" }
        let header = run.header
        var output = "run \(header.runID) \(header.status): started \(header.startedAt)"
        output += ", finished \(header.finishedAt)\n  \(header.command)\n\n"
        output += errors(run.errors)
        output += loads(run)
        if !run.skips.isEmpty { output += "\nskipped by declaration:\n" + table(run.skips) }
        if !run.checks.isEmpty { output += "\nchecks:\n" + table(run.checks) }
        output += "\nrejects: " + listing(run.rejects)
        if run.warnings.total > 0 { output += "\ncheck warnings: " + listing(run.warnings) }
        return output
    }

    /// The latest `count` runs, newest first, one line each.
    func renderRuns(count: Int) throws -> String {
        let runs = try RunStatusReader(database: database).latestRuns(count: count)
        return runs.isEmpty ? "no runs yet\n" : table(runs)
    }

    private func errors(_ errors: LedgerTable) -> String {
        errors.isEmpty ? "" : "errors: \(errors.rows.count)\n" + table(errors) + "\n"
    }

    private func loads(_ run: RunStatus) -> String {
        guard let totals = run.totals else { return "no files loaded\n" }
        var output = table(run.loads)
        output += "rows: \(totals.read) read = \(totals.loaded) loaded + "
        output += "\(totals.skipped) skipped + \(totals.rejected) rejected\n"
        if totals.failedFiles > 0 {
            output += "  \(totals.failedFiles) file(s) failed and rolled back: their loaded rows "
            output += "are not in the warehouse\n"
        }
        if totals.unchangedFiles > 0 {
            output += "  \(totals.unchangedFiles) file(s) unchanged, not read again: the "
            output += "observations, checks, rejects and warnings shown are those of the load "
            output += "in force\n"
        }
        if totals.unbalancedFiles > 0 {
            output += "  \(totals.unbalancedFiles) file(s) do not balance: "
            output += "read <> loaded + skipped + rejected\n"
        }
        return output
    }

    /// The count, how many stand from earlier runs, the rows shown and how many more there are.
    private func listing(_ listing: RunStatus.Listing) -> String {
        var output = "\(listing.total)"
        if listing.fromEarlierRuns > 0 {
            output += " (\(listing.fromEarlierRuns) from earlier runs, in force for files "
            output += "unchanged since)"
        }
        output += "\n"
        if !listing.shown.isEmpty { output += table(listing.shown) }
        let more = listing.total - Int64(listing.shown.rows.count)
        if more > 0 { output += "… \(more) more (--rejects N lists more)\n" }
        return output
    }

    private func table(_ table: LedgerTable) -> String {
        QueryRenderer(columns: table.columns, rows: table.rows).render(.table)
    }
}
