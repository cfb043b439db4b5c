/// SDMX's observation status code list (CL_OBS_STATUS 2.2) read into the warehouse's statuses.
/// A code the warehouse has is itself; the others become the nearest status and keep their
/// meaning in the note; the codes for a missing value leave the status to the value (`M` when
/// the cell is empty). An unknown code is kept in the note, never dropped.
enum SDMXStatusCodes {
    struct Reading: Equatable {
        /// nil: the value decides (normal, or `M` when missing).
        let status: ObservationStatus?
        let note: String?
    }

    private static let list: [String: (ObservationStatus?, String?)] = [
        "A": (.normal, nil), "B": (.breakInSeries, nil), "D": (.definitionDiffers, nil),
        "E": (.estimated, nil), "I": (.imputed, nil), "P": (.provisional, nil),
        "F": (.estimated, "forecast value"), "G": (nil, "experimental value"),
        "K": (nil, "data included in another category"),
        "L": (nil, "missing value; data exist but were not collected"),
        "M": (nil, "missing value; data cannot exist"), "N": (nil, "not significant"),
        "O": (nil, "missing value"), "Q": (nil, "missing value; suppressed"),
        "S": (nil, "strike and other special events"), "U": (nil, "low reliability"),
        "V": (.provisional, "unvalidated value"),
        "W": (.definitionDiffers, "includes data from another category"),
    ]

    static func reading(_ code: String) -> Reading {
        let key = code.uppercased()
        guard let (status, meaning) = list[key] else {
            return Reading(status: nil, note: "OBS_STATUS \(code): not in the SDMX code list")
        }
        return Reading(status: status, note: meaning.map { "OBS_STATUS \(key): \($0)" })
    }
}
