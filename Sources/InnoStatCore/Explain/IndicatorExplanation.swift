/// How one indicator value was made, read back from the warehouse: the definition, the formula
/// with the numbers filled in, every observation it used with its source, file and line and the
/// precedence that chose it, what qualifies it, and the value recomputed from those inputs.
public struct IndicatorExplanation: Sendable {
    /// The indicator as the last run declared it (`indicator`).
    public struct Definition: Sendable, Equatable {
        public let code: String
        public let name: String
        public let unit: String
        public let method: String
        public let definition: String
        public let formula: String
        public let runID: Int64
    }

    /// Rows of numbers laid out in columns: the regions of a disparity index, the years of a
    /// fit.
    public struct Table: Sendable, Equatable {
        public let header: [String]
        public let rows: [[String]]
        /// A line under the table (what its rounding means).
        public let footnote: String?
    }

    /// Another source's figure for the same key, which `v_observation` did not choose.
    public struct Alternative: Sendable, Equatable {
        public let sourceID: String
        public let precedence: Int64?
        public let value: Double?
        public let status: String
        /// `file:line:column`.
        public let location: String
        /// Why it lost: `precedence 50 > 40`.
        public let reason: String
    }

    /// One observation the value was computed from.
    public struct Input: Sendable, Equatable {
        /// What it is in the formula: `X_i`, `P_i`, `part`, `whole`, `published`, `numerator`,
        /// or the year of the other side of a bracket.
        public internal(set) var role: String
        public let measure: String
        public let unit: String
        public let region: String
        public let period: String
        public let sector: String
        public let size: String
        /// As the run used it.
        public let value: Double?
        public let status: String
        public let sourceID: String
        public let publisher: String?
        public let title: String?
        public let url: String?
        public let precedence: Int64?
        /// `RawData/…/file.csv:5:7`; nil when the warehouse no longer holds the observation.
        public let location: String?
        /// The observation's note (a footnote, a series break, the curated row's outlet).
        public let note: String?
        public let alternatives: [Alternative]
        /// Something that no longer agrees with the run: the observation revised or gone, or
        /// `v_observation` now preferring another source.
        public let warnings: [String]

        /// `grdp_nominal KR-11 1985`, with the sector and size where they are not totals.
        public var key: String {
            let qualifiers = [sector == "TOT" ? nil : sector, size == "ALL" ? nil : size]
                .compactMap { $0 }
            let selector =
                qualifiers.isEmpty ? measure : "\(measure) (\(qualifiers.joined(separator: ", ")))"
            return "\(selector) \(region) \(period)"
        }
    }

    /// Whether the value recomputed from the listed inputs is the stored one.
    public enum Check: Sendable, Equatable {
        /// The same number (or both undefined).
        case equal(recomputed: Double?)
        /// Apart only by floating-point rounding (a relative difference below 1e-9).
        case rounding(recomputed: Double, difference: Double)
        /// Not the stored value: the inputs listed do not give it.
        case mismatch(recomputed: Double?)
        /// The formula could not be applied to the listed inputs; why.
        case notRecomputed(String)

        public var isMismatch: Bool {
            if case .mismatch = self { return true }
            if case .notRecomputed = self { return true }
            return false
        }
    }

    /// An `indicator_note` of the value (or of the whole series).
    public struct Note: Sendable, Equatable {
        public let key: String
        public let value: Double?
        public let text: String?
    }

    public let definition: Definition
    public let region: String
    public let year: Int
    /// nil only with status `M`.
    public let value: Double?
    public let status: String
    /// The formula with the numbers filled in, one step per line.
    public let computation: [String]
    public let table: Table?
    public let check: Check
    /// How many inputs the check used, and what they are (`13 inputs`).
    public let checkBasis: String
    public let inputs: [Input]
    public let notes: [Note]
    /// Why the value carries its status, and every input status that qualifies it.
    public let qualifications: [String]
}
