/// The file format `innostat export --format` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The export contract: `indicator,region,year,value,unit,status`.
    case csv
    /// SDMX-CSV 1.0: a DATAFLOW column, the dimensions, OBS_VALUE and the attributes.
    case sdmxCSV = "sdmx-csv"
}

/// How the observations of an indicator are laid out in the file.
public enum ExportLayout: String, Sendable, CaseIterable {
    /// One observation per row.
    case long
    /// One row per region, one column per year (the contract CSV only), the statuses in a
    /// parallel file of the same shape.
    case wide
}
